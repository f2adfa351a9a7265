package servicelab.manifest;

import java.util.List;

/** The documents of one manifest text. */
public record ParsedManifest(String text, LineIndex lines, List<YamlDocument> documents) {
    public ParsedManifest {
        documents = List.copyOf(documents);
    }
}
