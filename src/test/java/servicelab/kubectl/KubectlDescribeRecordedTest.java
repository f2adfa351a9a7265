package servicelab.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import servicelab.sim.World;

/**
 * {@code describe service} beside real kubectl 1.32.5's output for the same Services
 * ({@code kubectl/recorded-fakeapi}, recorded against a stand-in API server holding these
 * objects). Addresses are the cluster's own, so every IPv4 address is compared as "IP"; the
 * layout, the order of the lines, the padding and every other character must match.
 */
class KubectlDescribeRecordedTest {
    static final String CLUSTER = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubia
            spec:
              replicas: 3
              selector:
                matchLabels:
                  app: kubia
              template:
                metadata:
                  labels:
                    app: kubia
                spec:
                  containers:
                  - name: kubia
                    image: luksa/kubia
                    ports:
                    - name: http
                      containerPort: 8080
                    - name: https
                      containerPort: 8443
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: kubia-readiness
              labels:
                app: kubia-r
            spec:
              containers:
              - name: kubia
                image: luksa/kubia
                ports:
                - containerPort: 8080
                readinessProbe:
                  exec:
                    command: ["ls", "/var/ready"]
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia-nodeport
            spec:
              type: NodePort
              selector:
                app: kubia
              ports:
              - port: 80
                targetPort: 8080
                nodePort: 30123
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia-session
            spec:
              sessionAffinity: ClientIP
              selector:
                app: kubia
              ports:
              - port: 80
                targetPort: 8080
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia-two-ports
            spec:
              selector:
                app: kubia
              ports:
              - name: http
                port: 80
                targetPort: http
              - name: https
                port: 443
                targetPort: https
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia-headless
            spec:
              clusterIP: None
              selector:
                app: kubia
              ports:
              - port: 80
                targetPort: 8080
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: external-service
            spec:
              type: ExternalName
              externalName: api.example.com
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia-readiness
            spec:
              selector:
                app: kubia-r
              ports:
              - port: 80
                targetPort: 8080
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia-no-selector
            spec:
              ports:
              - port: 80
            """;

    @ParameterizedTest
    @ValueSource(strings = {"describe-svc-nodeport", "describe-svc-session-affinity", "describe-svc-two-ports",
        "describe-svc-headless", "describe-svc-externalname", "describe-svc-readiness", "describe-svc-no-selector"})
    void describeServiceMatchesKubectl(String recording) throws Exception {
        Path dir = Path.of("src/test/resources/kubectl/recorded-fakeapi");
        String command = Files.readString(dir.resolve(recording + ".cmd")).strip();
        String expected = Files.readString(dir.resolve(recording + ".out"));
        LiveCluster ws = new LiveCluster(World.defaults(), 42);
        Kubectl k = new Kubectl(new TextHost(ws, CLUSTER));
        ws.simulation().advance(30_000);
        Kubectl.Result r = k.run(command);
        assertEquals(0, r.exitCode());
        assertEquals(ips(expected), ips(r.output()), command);
    }

    /** kubectl's errors for the common mistakes, against a cluster like the recording's (objects named as there). */
    @ParameterizedTest
    @ValueSource(strings = {"err-create-deploy-already-exists", "err-create-svc-already-exists", "err-delete-deploy-notfound",
        "err-delete-no-name", "err-delete-pod-notfound", "err-delete-svc-notfound", "err-describe-foos",
        "err-describe-pod-notfound", "err-describe-svc-notfound", "err-exec-notfound", "err-expose-deploy-already-exists",
        "err-expose-endpoints", "err-expose-externalname", "err-expose-no-name", "err-expose-notfound",
        "err-expose-svc-no-selector", "err-get-deploy-notfound", "err-get-foos-name", "err-get-foos", "err-get-pod-notfound",
        "err-get-svc-bad-output", "err-get-svc-notfound-two", "err-get-svc-notfound", "err-label-notfound",
        "err-scale-negative", "err-scale-notfound"})
    void mistakesGetKubectlsErrors(String recording) throws Exception {
        Path dir = Path.of("src/test/resources/kubectl/recorded-fakeapi");
        String command = Files.readString(dir.resolve(recording + ".cmd")).strip();
        LiveCluster ws = new LiveCluster(World.defaults(), 42);
        Kubectl k = new Kubectl(new TextHost(ws, CLUSTER + """
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: kubia
                spec:
                  selector:
                    app: kubia
                  ports:
                  - port: 80
                    targetPort: 8080
                """));
        Kubectl.Result r = k.run(command);
        assertEquals(Files.readString(dir.resolve(recording + ".out")), r.output(), command);
        assertEquals(Integer.parseInt(Files.readString(dir.resolve(recording + ".rc")).strip()), r.exitCode(), command);
    }

    private static String ips(String s) {
        return s.replaceAll("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b", "IP");
    }
}
