package servicelab.manifest;

import java.io.StringReader;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import static servicelab.manifest.ManifestParser.MAX_ALIASES;
import static servicelab.manifest.ManifestParser.MAX_DEPTH;
import static servicelab.manifest.ManifestParser.MAX_TEXT;

/**
 * SnakeYAML's composer and parser with every limit set, plain scalars left to go-yaml's rules.
 * Only nodes are composed, never objects, so no constructor or representer is made (the
 * {@code Yaml} facade would build both, and a quarter of a cold {@code check}'s class loading).
 */
final class YamlLoader {
    /** Plain scalars without a tag: typed later by go-yaml's rules ({@link GoYaml}), not YAML 1.1's. */
    static final Tag IMPLICIT = new Tag("tag:servicelab,2026:implicit");

    private final LoaderOptions opts = new LoaderOptions();
    private final GoResolver resolver = new GoResolver();

    YamlLoader() {
        opts.setAllowDuplicateKeys(true); // the converter reports duplicates, with kubectl's wording
        opts.setMaxAliasesForCollections(MAX_ALIASES);
        opts.setAllowRecursiveKeys(false);
        opts.setNestingDepthLimit(MAX_DEPTH);
        opts.setCodePointLimit(MAX_TEXT);
        opts.setProcessComments(false);
    }

    Node compose(String chunk) {
        return new Composer(parser(chunk), resolver, opts).getSingleNode();
    }

    ParserImpl parser(String chunk) {
        return new ParserImpl(new StreamReader(new StringReader(chunk)), opts);
    }

    /** SnakeYAML's YAML 1.1 resolver would read 1:20 as 80 and y as a string; only merge keys are kept. */
    private static final class GoResolver extends org.yaml.snakeyaml.resolver.Resolver {
        @Override
        public Tag resolve(org.yaml.snakeyaml.nodes.NodeId kind, String value, boolean implicit) {
            if (kind == org.yaml.snakeyaml.nodes.NodeId.scalar && implicit) {
                return "<<".equals(value) ? Tag.MERGE : IMPLICIT;
            }
            return super.resolve(kind, value, implicit);
        }

        /** Every implicit scalar is resolved above: YAML 1.1's regular expressions are never asked. */
        @Override
        protected void addImplicitResolvers() {
        }
    }
}
