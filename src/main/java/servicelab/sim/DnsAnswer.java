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
}
