package servicelab.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.function.Function;

import servicelab.manifest.IncrementalParser;
import servicelab.manifest.ParsedManifest;
import servicelab.manifest.YamlDocument;
import servicelab.validation.ServiceAllocator;

/**
 * The check of a text that is edited and checked again and again (the window's editor): a
 * document whose text did not change is neither parsed nor decoded again, and not validated
 * again unless what it is validated as changed (a Service allocated differently because an
 * earlier one changed). What looks across documents (duplicates, allocation order, learner
 * warnings) runs every time. The report equals {@link ManifestChecker#check(String)}'s.
 */
public final class IncrementalChecker implements Function<String, CheckReport> {
    private final ManifestChecker checker;
    private final IncrementalParser parser = new IncrementalParser();
    private Map<String, ManifestChecker.Done> kept = new HashMap<>();
    private Counts counts = new Counts(0, 0, 0, 0);

    /** What the last check did: documents reused and parsed, decoded, validated. */
    public record Counts(int reused, int parsed, int decoded, int validated) {
    }

    public IncrementalChecker(ManifestChecker checker) {
        this.checker = checker;
    }

    @Override
    public synchronized CheckReport apply(String text) {
        ParsedManifest parsed = parser.parse(text);
        Map<String, ManifestChecker.Done> next = new HashMap<>();
        int[] decoded = {0};
        int[] validated = {0};
        CheckReport report = checker.check(parsed, new ServiceAllocator(42L), new HashSet<>(), new ManifestChecker.Memo() {
            @Override
            public ManifestChecker.Done find(YamlDocument doc) {
                String key = parser.chunk(doc.index());
                ManifestChecker.Done d = kept.get(key);
                if (d != null) {
                    next.putIfAbsent(key, d);
                }
                return d;
            }

            @Override
            public void keep(YamlDocument doc, ManifestChecker.Done done) {
                decoded[0]++;
                next.putIfAbsent(parser.chunk(doc.index()), done);
            }

            @Override
            public void validated() {
                validated[0]++;
            }
        });
        kept = next;
        IncrementalParser.Counts pc = parser.counts();
        counts = new Counts(pc.reused(), pc.parsed(), decoded[0], validated[0]);
        return report;
    }

    /** What the last check did (for tests and the bench). */
    public synchronized Counts counts() {
        return counts;
    }
}
