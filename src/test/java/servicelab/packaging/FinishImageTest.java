package servicelab.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FinishImageTest {
    private static final Set<String> JDK = FinishImage.jdkPackages();

    @Test
    void keepsTheFirstNonJdkClassesBeforeTheFirstFrameWithTheirLambdas() {
        List<String> list = List.of("java/lang/Object", "javafx/scene/Node", "@lambda-proxy javafx/scene/Node a b",
                "@lambda-proxy java/util/List c d", "@lambda-form-invoker [LF_RESOLVE] x", "", "servicelab/ui/App",
                "@lambda-proxy servicelab/ui/App e f", "servicelab/ui/dev/Startup$FirstFrame", "servicelab/ui/MainWindow");
        assertEquals(List.of("javafx/scene/Node", "@lambda-proxy javafx/scene/Node a b", "@lambda-form-invoker [LF_RESOLVE] x",
                "servicelab/ui/App", "@lambda-proxy servicelab/ui/App e f"), FinishImage.select(list, JDK, 100),
                "JDK classes left to the dump, nothing after the first frame");
        assertEquals(List.of("javafx/scene/Node", "@lambda-proxy javafx/scene/Node a b", "@lambda-form-invoker [LF_RESOLVE] x"),
                FinishImage.select(list, JDK, 1), "a lambda only with its caller");
    }

    @Test
    void aListThatNeverReachesTheFirstFrameIsRefused() {
        assertThrows(IllegalStateException.class, () -> FinishImage.select(List.of("javafx/scene/Node"), JDK, 10));
    }

    @Test
    void leavesOutWhatOnlyTheStartUpReportLoads() {
        List<String> list = List.of("sun/management/VMManagementImpl", "@lambda-proxy sun/management/Util x",
                "javafx/scene/Scene", "servicelab/ui/dev/Startup$FirstFrame");
        assertEquals(List.of("javafx/scene/Scene"), FinishImage.select(list, JDK, 10));
    }

    @Test
    void tellsTheJdksPackagesFromOthers() {
        assertTrue(FinishImage.isJdk("java/lang/String", JDK));
        assertTrue(FinishImage.isJdk("sun/nio/fs/UnixPath", JDK));
        assertTrue(FinishImage.isJdk("com/sun/java/swing/plaf/gtk/GTKLookAndFeel", JDK));
        assertFalse(FinishImage.isJdk("com/sun/javafx/tk/Toolkit", JDK), "JavaFX is not part of the JDK here");
        assertFalse(FinishImage.isJdk("servicelab/ui/App", JDK));
    }

    @Test
    void findsEachSystemsLaunchersAndAppFolder() {
        Path img = Path.of("dist", "ServiceLab");
        var linux = FinishImage.Layout.of(img, "ServiceLab", "servicelab", "linux");
        assertEquals(img.resolve("bin/ServiceLab"), linux.launcher());
        assertEquals(img.resolve("lib/app"), linux.appDir());
        assertEquals(img.resolve("lib/runtime/lib"), linux.runtimeLib());
        var win = FinishImage.Layout.of(img, "ServiceLab", "servicelab-cli", "windows 11");
        assertEquals(img.resolve("servicelab-cli.exe"), win.cli());
        assertEquals(img.resolve("app"), win.appDir());
        Path app = Path.of("dist", "ServiceLab.app");
        var mac = FinishImage.Layout.of(app, "ServiceLab", "servicelab-cli", "mac os x");
        assertEquals(app.resolve("Contents/MacOS/ServiceLab"), mac.launcher());
        assertEquals(app.resolve("Contents/app"), mac.appDir());
    }
}
