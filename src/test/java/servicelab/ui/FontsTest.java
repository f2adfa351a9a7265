package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The bundled fonts are copied once into the profile and loaded from there, never through a temporary file. */
@ExtendWith(ApplicationExtension.class)
class FontsTest {
    private static final String FONT = "NanumGothicCoding.ttf";

    /**
     * Not a temporary folder: JavaFX keeps the fonts loaded here registered for the rest of this
     * JVM's tests, and a file deleted under it would leave later tests' Hangul without glyphs.
     * A space in the name, as in a Windows profile under "First Last".
     */
    private final Path tmp = Path.of("target", "fonts test", java.util.UUID.randomUUID().toString()).toAbsolutePath();

    @Start
    void start(Stage stage) throws IOException {
        Files.createDirectories(tmp); // the toolkit is all else these tests need
    }

    /** The font inside a jar, as the app's jar holds it (the tests' own classes are a folder). */
    private URL inJar() throws IOException {
        Path jar = tmp.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("assets/fonts/" + FONT));
            j.write(Files.readAllBytes(Path.of("assets/fonts", FONT)));
            j.closeEntry();
        }
        return new URL("jar:" + jar.toUri() + "!/assets/fonts/" + FONT);
    }

    private static long javafxTempFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("+JXF")).count();
        }
    }

    @Test
    void theFirstStartCopiesTheFontAndLaterStartsLoadItFromTheCopy() throws Exception {
        URL url = inJar();
        Path dir = tmp.resolve("home/fonts");
        long size = Files.size(Path.of("assets/fonts", FONT));
        long before = javafxTempFiles();
        assertTrue(Fonts.fromFile(dir, FONT, url));
        assertEquals(size, Files.size(dir.resolve(FONT)));
        assertEquals(before, javafxTempFiles(), "no temporary copy in the temp folder");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no part file left beside it");
        }

        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(dir.resolve(FONT), old);
        assertTrue(Fonts.fromFile(dir, FONT, url));
        assertEquals(old, Files.getLastModifiedTime(dir.resolve(FONT)), "a whole copy is not written again");
    }

    @Test
    void aCopyCutShortIsMadeAgain() throws Exception {
        URL url = inJar();
        Path dir = Files.createDirectories(tmp.resolve("fonts"));
        Files.write(dir.resolve(FONT), new byte[1000]);
        assertTrue(Fonts.fromFile(dir, FONT, url));
        assertEquals(Files.size(Path.of("assets/fonts", FONT)), Files.size(dir.resolve(FONT)));
    }

    @Test
    void aProfileThatCannotHoldTheCopyLeavesTheStreamWay() throws Exception {
        Path notADir = Files.writeString(tmp.resolve("fonts"), "a file where the folder would be");
        assertFalse(Fonts.fromFile(notADir, FONT, inJar()));
    }

    @Test
    void aFontThatIsAFileIsLoadedWhereItIs() throws Exception {
        Path dir = tmp.resolve("unused");
        assertTrue(Fonts.fromFile(dir, FONT, Path.of("assets/fonts", FONT).toUri().toURL()));
        assertFalse(Files.exists(dir));
    }
}
