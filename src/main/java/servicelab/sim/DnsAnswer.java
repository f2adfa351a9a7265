package servicelab.sim;

import java.util.List;

/** The answer to one query: the name as asked, the type, NOERROR or NXDOMAIN, and the records. */
public record DnsAnswer(String query, String type, String rcode, List<DnsRecord> answers) {
    public DnsAnswer {
        answers = List.copyOf(answers);
    }

    public boolean nxdomain() {
        return "NXDOMAIN".equals(rcode);
    }

    /** The first A record's address, or null. */
    public String firstA() {
        return first("A");
    }

    /** The first CNAME record's target, or null. */
    public String firstCname() {
        return first("CNAME");
    }

    private String first(String type) {
        for (DnsRecord r : answers) {
            if (r.type().equals(type)) {
                return r.value();
            }
        }
        return null;
    }
}
