package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataRefreshTest {
    @TempDir
    Path appDir;

    private Properties packaged(String vmInfo) throws IOException {
        Files.writeString(appDir.resolve("servicelab.classlist"), "java/lang/Object\n");
        Properties p = new Properties();
        p.setProperty("servicelab.appdir", appDir.toString());
        p.setProperty("jpackage.app-path", "/opt/servicelab/bin/ServiceLab");
        p.setProperty("java.vm.info", vmInfo);
        return p;
    }

    private static final Map<String, String> LAUNCHED = Map.of("HOME", "/home/learner", "_JPACKAGE_LAUNCHER", "0",
            "JAVA_TOOL_OPTIONS", "-Duser.home=/elsewhere");

    private static Optional<ProcessBuilder> plan(Properties p) {
        return ClassDataRefresh.plan(p, LAUNCHED);
    }

    @Test
    void anArchiveThatDidNotMapIsDumpedAgainByTheAppsOwnLauncher() throws IOException {
        ProcessBuilder pb = plan(packaged("mixed mode")).orElseThrow();
        assertEquals(List.of("/opt/servicelab/bin/ServiceLab"), pb.command());
        assertEquals(appDir.toFile(), pb.directory(), "the list is named relative to the app's folder");
        assertEquals("-Xshare:dump -XX:SharedClassListFile=servicelab.classlist", pb.environment().get("JAVA_TOOL_OPTIONS"));
        assertEquals("/home/learner", pb.environment().get("HOME"));
        assertFalse(pb.environment().containsKey("_JPACKAGE_LAUNCHER"), "marked, the launcher would skip its options file");
    }

    @Test
    void nothingWhenTheArchiveMappedOrTheAppIsNotPackaged() throws IOException {
        assertTrue(plan(packaged("mixed mode, sharing")).isEmpty());
        Properties dev = packaged("mixed mode");
        dev.remove("servicelab.appdir");
        assertTrue(plan(dev).isEmpty(), "bin/servicelab and mvn javafx:run");
        Properties noLauncher = packaged("mixed mode");
        noLauncher.remove("jpackage.app-path");
        assertTrue(plan(noLauncher).isEmpty());
    }

    @Test
    void nothingWithoutTheShippedClassList() throws IOException {
        Properties p = packaged("mixed mode");
        Files.delete(appDir.resolve("servicelab.classlist"));
        assertTrue(plan(p).isEmpty());
    }
}
