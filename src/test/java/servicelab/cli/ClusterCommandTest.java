package servicelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import servicelab.realcluster.Bridges;
import servicelab.realcluster.ClusterException;
import servicelab.realcluster.KubeConfigs;
import servicelab.realcluster.KubeContext;
import servicelab.text.Messages;

/** The cluster command's guard: a server that is not this machine is used only when its context is named. */
class ClusterCommandTest {
    @TempDir
    Path dir;

    final List<String> connected = new ArrayList<>();

    servicelab.realcluster.Sources sources(Path config) {
        return new servicelab.realcluster.Sources() {
            @Override
            public KubeConfigs configs() throws ClusterException {
                return KubeConfigs.load(List.of(config), host -> new java.net.InetAddress[0]);
            }

            @Override
            public Bridges.Connector connector() {
                return (KubeContext ctx) -> {
                    connected.add(ctx.name());
                    throw new ClusterException(ClusterException.Reason.UNREACHABLE, "connection refused");
                };
            }
        };
    }

    int run(Path config, StringBuilder out, String... args) {
        var o = new ByteArrayOutputStream();
        var e = new ByteArrayOutputStream();
        int code = new ClusterCommand(Messages.load("servicelab.cli.cli", Locale.KOREAN), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), sources(config)).run(List.of(args));
        out.append(o.toString(StandardCharsets.UTF_8)).append(e.toString(StandardCharsets.UTF_8));
        return code;
    }

    @Test
    void aRemoteCurrentContextIsRefusedUntilItIsNamed() throws Exception {
        Path config = Files.writeString(dir.resolve("config"), """
                current-context: classroom
                clusters:
                - name: classroom
                  cluster: {server: "https://203.0.113.5:6443"}
                contexts:
                - name: classroom
                  context: {cluster: classroom, user: student}
                """);
        Files.writeString(dir.resolve("kubia.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  ports:\n  - port: 80\n");
        StringBuilder out = new StringBuilder();
        assertEquals(2, run(config, out, "apply", "--dry-run", dir.resolve("kubia.yaml").toString()));
        assertEquals(List.of(), connected, "nothing was even connected");
        assertTrue(out.toString().startsWith("servicelab: 이 컴퓨터에 있지 않은 클러스터입니다: context \"classroom\" points at "
                + "https://203.0.113.5:6443"), out.toString());
        assertEquals(1, out.toString().strip().lines().count());
        out.setLength(0);
        assertEquals(2, run(config, out, "apply", "--context", "classroom", "--dry-run", dir.resolve("kubia.yaml").toString()));
        assertEquals(List.of("classroom"), connected, "named explicitly, it is tried");
        assertTrue(out.toString().contains("클러스터에 연결할 수 없습니다"), out.toString());
    }

    @Test
    void contextsPrintAsATable() throws Exception {
        Path config = Files.writeString(dir.resolve("config"), """
                current-context: kind-lab
                clusters:
                - name: kind-lab
                  cluster: {server: "https://127.0.0.1:36443"}
                contexts:
                - name: kind-lab
                  context: {cluster: kind-lab, user: kind-lab, namespace: lab}
                """);
        StringBuilder out = new StringBuilder();
        assertEquals(0, run(config, out, "contexts"));
        // kubectl's table layout: each column as wide as its widest cell plus three spaces
        assertEquals("CURRENT   NAME       CLUSTER    SERVER                    NAMESPACE   LOCAL\n"
                + "*         kind-lab   kind-lab   https://127.0.0.1:36443   lab         yes\n", out.toString());
        StringBuilder bad = new StringBuilder();
        assertEquals(2, run(config, bad, "frobnicate"));
    }
}
