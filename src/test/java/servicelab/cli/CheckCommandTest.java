package servicelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import servicelab.TestFiles;

class CheckCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void validFileExitsZero() throws IOException {
        Path f = file("svc.yaml", TestFiles.read("/seed/seed-1-fixed.yaml"));
        Run r = run("check", f.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Service/kubia"), r.out());
    }

    @Test
    void jsonFollowsTheContract() throws IOException {
        Path f = file("svc.yaml", TestFiles.read("/seed/seed-1.yaml"));
        Run r = run("check", "--json", f.toString());
        assertEquals(1, r.code());
        String j = r.out().strip();
        assertTrue(j.startsWith("{\"valid\":false,\"documents\":[{\"file\":\"" + f + "\",\"index\":0,\"line\":1,"), j);
        assertTrue(j.contains("\"type\":\"YAMLSyntax\""), j);
        assertTrue(j.contains("\"field\":\"\""), j);
        assertTrue(j.contains("\"line\":8,"), j);
        assertTrue(j.contains("\"explanation\":\""), j);
        assertEquals(1, j.lines().count(), "one JSON document on one line");
    }

    @Test
    void documentsOfOneFileShareTheClusterButFilesDoNot() throws IOException {
        String np = "apiVersion: v1\nkind: Service\nmetadata:\n  name: %s\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30123\n  selector:\n    app: kubia\n";
        Path a = file("a.yaml", np.formatted("a"));
        Path b = file("b.yaml", np.formatted("b"));
        assertEquals(0, run("check", a.toString(), b.toString()).code());
        Path both = file("both.yaml", np.formatted("a") + "---\n" + np.formatted("b"));
        Run r = run("check", "--json", both.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("provided port is already allocated"), r.out());
    }

    @Test
    void binaryFileIsAnInvalidDocumentNotACrash() throws IOException {
        Path f = dir.resolve("junk.yaml");
        Files.write(f, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3, 0x28});
        Run r = run("check", "--json", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("\"type\":\"YAMLSyntax\""), r.out());
        assertEquals("", r.err());
    }

    @Test
    void missingFileAndUsageErrorsExitTwo() {
        assertEquals(2, run("check", dir.resolve("nope.yaml").toString()).code());
        assertEquals(2, run("check").code());
        assertEquals(2, run("check", "--frobnicate", "x").code());
        assertEquals(2, run().code());
        assertEquals(2, run("bogus").code());
    }

    @Test
    void hostileInputNeverEscapesAsAStackTrace() throws IOException {
        String[] hostile = {
            "a: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c]\n",
            "!!java.net.URL [\"http://x\"]\n", "a: " + "[".repeat(3000), "\t\t: : :\n- - -\n{{{", "kind: Service\napiVersion: v1\nspec: 5\n",
            "apiVersion: v1\nkind: Service\nmetadata: []\nspec:\n  ports: {}\n", "---\n---\n...\n", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - 42\n"};
        for (int i = 0; i < hostile.length; i++) {
            Path f = file("h" + i + ".yaml", hostile[i]);
            Run r = run("check", "--json", f.toString());
            assertTrue(r.code() == 0 || r.code() == 1, i + ": exit " + r.code() + " " + r.err());
            assertTrue(!r.err().contains("Exception") && !r.out().contains("\tat "), i + ": " + r.err());
        }
    }

    @Test
    void theFirstFileParsedAheadReportsWhatAPlainCheckDoesAndTheSameFileTwiceIsCheckedTwice() throws IOException {
        Path scene = file("scene.yaml", servicelab.bench.Scale.manifest(30));
        Path broken = file("seed.yaml", TestFiles.read("/seed/seed-1.yaml"));
        for (String[] args : new String[][] {{scene.toString()}, {broken.toString(), scene.toString()},
                {"--json", scene.toString(), broken.toString()}, {scene.toString(), scene.toString()}}) {
            Run ahead = run(java.util.stream.Stream.concat(java.util.stream.Stream.of("check"), java.util.Arrays.stream(args))
                    .toArray(String[]::new));
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            int code = new CheckCommand(servicelab.text.Messages.load("servicelab.cli.cli", java.util.Locale.KOREAN),
                    new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8))
                    .run(java.util.List.of(args));
            assertEquals(new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)), ahead,
                    String.join(" ", args));
        }
        Run twice = run("check", scene.toString(), scene.toString());
        assertEquals(2, twice.out().lines().filter(l -> l.contains(": Service/app-0 ")).count(), twice.out());
        assertEquals(2, run("check", dir.toString()).code(), "a directory first: the check's own message");
        assertTrue(run("check", dir.toString()).err().contains(dir.toString()));
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsTextAndMalformedBytesAreNot() throws IOException {
        Path f = file("fffd.yaml", "# \uFFFD is a character of its own\n" + TestFiles.read("/seed/seed-1-fixed.yaml"));
        assertEquals(0, run("check", f.toString()).code(), run("check", f.toString()).out());
        Path bad = dir.resolve("bad.yaml");
        Files.write(bad, ("# \uFFFD then a lone continuation byte: ").getBytes(StandardCharsets.UTF_8));
        Files.write(bad, new byte[] {(byte) 0x80, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        Run r = run("check", "--json", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("invalid UTF-8 text"), r.out());
    }
}
