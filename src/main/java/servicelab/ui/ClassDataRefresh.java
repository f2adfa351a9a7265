package servicelab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The installed app's class-data archive, made again when it did not map. A JDK 17 archive holds only
 * for the jar paths it was made with, so an app image that was moved, or installed by an installer that
 * runs no program of ours (.msi, .dmg), starts without it. When such an app ends, its own launcher
 * dumps a new archive from the class list shipped beside the jars, in the background, so the next start
 * is fast. Only packaged launchers set {@code servicelab.appdir}; nothing happens elsewhere, nor when
 * the app's folder is not writable (the .deb's postinst made that one).
 */
final class ClassDataRefresh {
    static final String CLASS_LIST = "servicelab.classlist";
    static final String ARCHIVE = "servicelab.jsa";

    private ClassDataRefresh() {
    }

    /** The dump to run, given the JVM's properties and environment; empty when the archive mapped or cannot be made. */
    static Optional<ProcessBuilder> plan(Properties p, Map<String, String> env) {
        String appDir = p.getProperty("servicelab.appdir");
        String launcher = p.getProperty("jpackage.app-path");
        if (appDir == null || launcher == null || p.getProperty("java.vm.info", "").contains("sharing")) {
            return Optional.empty();
        }
        Path dir = Path.of(appDir);
        if (!Files.isRegularFile(dir.resolve(CLASS_LIST)) || !Files.isWritable(dir)) {
            return Optional.empty();
        }
        // the list is named relative to the folder: JAVA_TOOL_OPTIONS splits at spaces, and paths have them
        ProcessBuilder pb = new ProcessBuilder(launcher).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> childEnv = pb.environment();
        childEnv.clear();
        childEnv.putAll(env);
        // the launcher marks its own environment; a launcher that finds the mark skips the app's options
        // file (classpath, archive path) and so dumps nothing (seen: exit 0, no archive)
        childEnv.remove("_JPACKAGE_LAUNCHER");
        childEnv.put("JAVA_TOOL_OPTIONS", "-Xshare:dump -XX:SharedClassListFile=" + CLASS_LIST);
        return Optional.of(pb);
    }

    /** Starts the dump if one is needed and does not wait for it; a failure costs only the speed-up. */
    static void startIfNeeded() {
        plan(System.getProperties(), System.getenv()).ifPresent(pb -> {
            try {
                Path stale = pb.directory().toPath().resolve(ARCHIVE);
                stale.toFile().setWritable(true);
                Files.deleteIfExists(stale);
                pb.start();
            } catch (IOException | SecurityException e) {
                // the next start is as slow as this one, nothing worse
            }
        });
    }
}
