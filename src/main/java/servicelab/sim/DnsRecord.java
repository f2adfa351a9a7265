package servicelab.sim;

/**
 * One resource record of a DNS answer: fully qualified owner name with the trailing dot, type,
 * and the data in zone-file presentation form (A {@code 10.96.0.15}, CNAME/PTR
 * {@code api.somecompany.com.}, SRV {@code 0 100 8080 kubia-a.kubia.default.svc.cluster.local.}).
 */
public record DnsRecord(String name, String type, String value) {
}
