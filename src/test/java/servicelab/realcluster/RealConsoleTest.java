package servicelab.realcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import servicelab.kubectl.RemoteKubectl;

/** A failed list in the console reads as kubectl prints that failure. */
class RealConsoleTest {
    static final KubeContext KIND = new KubeContext("kind-lab", "kind-lab", "https://127.0.0.1:36443", null, true, true);
    static final RemoteKubectl.Type PODS = new RemoteKubectl.Type("", "v1", "Pod", "pods", true);

    @Test
    void eachFailureInKubectlsWords() {
        assertEquals("The connection to the server 127.0.0.1:36443 was refused - did you specify the right host or port?",
                RealConsole.kubectlText(new ClusterException(ClusterException.Reason.UNREACHABLE, "Connection refused"), PODS, KIND));
        assertEquals("Unable to connect to the server: no answer in time",
                RealConsole.kubectlText(new ClusterException(ClusterException.Reason.UNREACHABLE, "no answer in time"), PODS, KIND));
        assertEquals("error: You must be logged in to the server (Unauthorized)", RealConsole.kubectlText(
                new ClusterException(ClusterException.Reason.FORBIDDEN, "Unauthorized", null, 401, "Unauthorized"), PODS, KIND));
        assertEquals("Error from server (Forbidden): pods is forbidden: User \"u\" cannot list resource \"pods\"", RealConsole.kubectlText(
                new ClusterException(ClusterException.Reason.FORBIDDEN, "pods is forbidden: User \"u\" cannot list resource \"pods\"",
                        null, 403, "Forbidden"), PODS, KIND));
        assertEquals("error: the server doesn't have a resource type \"gateways\"", RealConsole.kubectlText(
                new ClusterException(ClusterException.Reason.REFUSED, "Not Found", null, 404, null),
                new RemoteKubectl.Type("gateway.networking.k8s.io", "v1", "Gateway", "gateways", true), KIND));
        assertEquals("error: something else", RealConsole.kubectlText(
                new ClusterException(ClusterException.Reason.REFUSED, "something else"), PODS, KIND));
    }
}
