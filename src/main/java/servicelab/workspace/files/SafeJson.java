package servicelab.workspace.files;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The app's own small JSON files (progress, scene headers), read as YAML with safe types only. */
public final class SafeJson {
    private SafeJson() {
    }

    /** Plain maps, lists and scalars; no tags that construct objects, no aliases, at most 8 MB. */
    public static Object load(String text) {
        LoaderOptions opts = new LoaderOptions();
        opts.setCodePointLimit(8 * 1024 * 1024);
        opts.setMaxAliasesForCollections(0);
        return new Yaml(new SafeConstructor(opts)).load(text);
    }
}
