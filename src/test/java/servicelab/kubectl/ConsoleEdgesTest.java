package servicelab.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import servicelab.sim.World;

/**
 * The console calls that used to throw, with the answer the real tools give: curl 8.x (lib/urlapi.c,
 * lib/strerror.c), pflag's flag errors, the API server's validation, kubectl apply's file handling.
 */
class ConsoleEdgesTest {
    @TempDir
    Path dir;
    Kubectl k;
    TextHost host;

    /** Pods that are ready at once, so requests are answered. */
    static final String READY = ConsolePropertiesTest.VALID.replaceAll("(?s) *readinessProbe:.*?periodSeconds: 1\n", "");

    @BeforeEach
    void setUp() {
        host = new TextHost(new LiveCluster(World.defaults(), 42), READY);
        host.cluster().simulation().settle();
        k = new Kubectl(host);
    }

    private Kubectl.Result exec(String... curlArgs) {
        return k.run(new java.util.ArrayList<>(java.util.stream.Stream.concat(
                java.util.stream.Stream.of("exec", "client", "--", "curl"), java.util.stream.Stream.of(curlArgs)).toList()));
    }

    @ParameterizedTest(name = "curl {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            kubia:abc        | 3 | curl: (3) URL rejected: Port number was not a decimal number between 0 and 65535
            http://kubia:x/  | 3 | curl: (3) URL rejected: Port number was not a decimal number between 0 and 65535
            http://kubia:70000/ | 3 | curl: (3) URL rejected: Port number was not a decimal number between 0 and 65535
            http://          | 3 | curl: (3) URL rejected: No host part in the URL
            http:////x       | 3 | curl: (3) URL rejected: Unsupported number of slashes following scheme
            http:///path     | 6 | curl: (6) Could not resolve host: path
            http://[::1]/    | 7 | curl: (7) Failed to connect to ::1 port 80 after 0 ms: Could not connect to server
            gopher://kubia/  | 1 | curl: (1) Protocol "gopher" not supported
            file:///nope     | 37 | curl: (37) Couldn't open file /nope
            """)
    void curlRefusesAsCurlDoes(String url, int code, String line) {
        Kubectl.Result r = exec(url);
        assertEquals(code, r.exitCode(), r.output());
        assertEquals(line + "\ncommand terminated with exit code " + code + "\n", r.output());
    }

    @Test
    void aBlankUrlIsCurlsUsageErrorEvenWhenSilent() {
        Kubectl.Result r = exec("-s", "");
        assertEquals(2, r.exitCode());
        assertTrue(r.output().startsWith("curl: option : blank argument where content is expected\n"
                + "curl: try 'curl --help' or 'curl --manual' for more information\n"), r.output());
    }

    @Test
    void anEmptyPortIsTheSchemesDefaultAndAFileUrlReadsTheContainersFile() {
        Kubectl.Result r = exec("-s", "http://kubia:/");
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().startsWith("You've hit kubia-"), r.output());
        Kubectl.Result passwd = exec("file:///etc/passwd");
        assertEquals(0, passwd.exitCode());
        assertTrue(passwd.output().startsWith("root:x:0:0:root:/root:/bin/sh\n"), passwd.output());
    }

    @Test
    void busyboxHasNoCurlButHasWgetAndNslookup() {
        host = new TextHost(new LiveCluster(World.defaults(), 42), READY.replace("image: curlimages/curl", "image: busybox:1.36"));
        host.cluster().simulation().settle();
        k = new Kubectl(host);
        Kubectl.Result curl = exec("-s", "http://kubia");
        assertEquals(1, curl.exitCode());
        assertTrue(curl.output().contains("exec: \"curl\": executable file not found in $PATH"), curl.output());
        Kubectl.Result shell = k.run(List.of("exec", "client", "--", "sh", "-c", "curl -s http://kubia"));
        assertEquals(127, shell.exitCode());
        assertEquals("sh: curl: not found\ncommand terminated with exit code 127\n", shell.output());
        Kubectl.Result wget = k.run(List.of("exec", "client", "--", "wget", "-q", "-O-", "http://kubia"));
        assertEquals(0, wget.exitCode(), wget.output());
        assertTrue(wget.output().startsWith("You've hit kubia-"), wget.output());
        assertEquals(0, k.run(List.of("exec", "client", "--", "nslookup", "kubia")).exitCode());
        assertTrue(Exec.hasProgram("curlimages/curl:8.11.1", "curl"));
        assertTrue(!Exec.hasProgram("docker.io/library/busybox@sha256:abc", "curl"));
        assertTrue(Exec.hasProgram("registry.example.com:5000/busybox-curl", "curl"));
    }

    @Test
    void curlOptionsWithValuesAreNotTakenForUrls() {
        Kubectl.Result r = exec("-s", "-m", "5", "http://kubia");
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().startsWith("You've hit"), r.output());
        Kubectl.Result unknown = exec("--bogus", "http://kubia");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.output().startsWith("curl: option --bogus: is unknown\n"), unknown.output());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            scale deployment kubia --replicas=abc | error: invalid argument "abc" for "--replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax
            scale deployment kubia --replicas=99999999999999999999 | error: invalid argument "99999999999999999999" for "--replicas" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range
            create deployment x --image=nginx --replicas=abc | error: invalid argument "abc" for "-r, --replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax
            create deployment x --image=nginx --port=http | error: invalid argument "http" for "--port" flag: strconv.ParseInt: parsing "http": invalid syntax
            """)
    void badNumbersInFlagsArePflagsErrors(String line, String first) {
        Kubectl.Result r = k.run(line);
        assertEquals(1, r.exitCode());
        assertEquals(first, r.output().lines().findFirst().orElse(""));
        assertTrue(r.output().contains("for usage."), r.output());
    }

    @Test
    void replicasInGoNotationAreReadAsPflagDoes() {
        assertEquals(0, k.run("scale deployment kubia --replicas=0x2").exitCode());
        assertTrue(host.text().contains("replicas: 2"), host.text());
    }

    @Test
    void aNameTheApiServerRefusesIsNotCreated() {
        String before = host.text();
        Kubectl.Result r = k.run("create service nodeport 쿠비아 --tcp=80:8080");
        assertEquals(1, r.exitCode());
        assertEquals("error: failed to create NodePort service: Service \"쿠비아\" is invalid: [metadata.name: Invalid value: "
                + "\"쿠비아\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an "
                + "alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for "
                + "validation is '[a-z]([-a-z0-9]*[a-z0-9])?'), metadata.labels: Invalid value: \"쿠비아\": a valid label must "
                + "be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
                + "alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is "
                + "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?'), spec.selector: Invalid value: \"쿠비아\": a valid label "
                + "must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with "
                + "an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is "
                + "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')]\n", r.output());
        assertEquals(before, host.text(), "nothing was added");
    }

    @Test
    void commandsOnATextWithABrokenDocumentAnswer() {
        TextHost broken = new TextHost(new LiveCluster(World.defaults(), 42), ConsolePropertiesTest.BROKEN);
        Kubectl kb = new Kubectl(broken);
        for (String line : List.of("scale deployment kubia --replicas=2", "label deployment kubia tier=web",
                "label svc kubia tier=web", "create service clusterip other --tcp=80", "delete svc kubia", "get pods")) {
            Kubectl.Result r = kb.run(line);
            assertTrue(r.output() != null && !r.output().isEmpty(), line);
        }
        assertEquals("error: deployments.apps \"kubia\" cannot be changed: its document in the manifest has a YAML error "
                + "on line 8; fix the YAML first\n", kb.run("scale deployment kubia --replicas=2").output());
    }

    @Test
    void applyOfAFolderReadsItsManifestsInOrder() throws IOException {
        Path d = Files.createDirectory(dir.resolve("m"));
        Files.writeString(d.resolve("b.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: b\nspec:\n  selector:\n"
                + "    app: b\n  ports:\n  - port: 80\n");
        Files.writeString(d.resolve("a.yml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n  selector:\n"
                + "    app: a\n  ports:\n  - port: 80\n");
        Files.writeString(d.resolve("notes.txt"), "not a manifest");
        Kubectl.Result r = k.run(List.of("apply", "-f", d.toString()));
        assertEquals(0, r.exitCode(), r.output());
        assertEquals("service/a created\nservice/b created\n", r.output());
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertEquals("error: error reading [" + empty + "]: recognized file extensions are [.json .yaml .yml]\n",
                k.run(List.of("apply", "-f", empty.toString())).output());
    }

    @Test
    void applyOfABinaryFileIsAYamlError() throws IOException {
        Path bin = Files.write(dir.resolve("app.bin"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, (byte) 0xff});
        Kubectl.Result r = k.run(List.of("apply", "-f", bin.toString()));
        assertEquals(1, r.exitCode());
        assertEquals("error: error parsing " + bin + ": error converting YAML to JSON: yaml: control characters are not allowed\n",
                r.output());
        Kubectl.Result missing = k.run(List.of("apply", "-f", dir.resolve("nope.yaml").toString()));
        assertEquals("error: the path \"" + dir.resolve("nope.yaml") + "\" does not exist\n", missing.output());
    }
}
