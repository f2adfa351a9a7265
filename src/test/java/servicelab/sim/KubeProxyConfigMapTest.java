package servicelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static servicelab.sim.SimulationTest.CLIENT;
import static servicelab.sim.SimulationTest.DEPLOY;
import static servicelab.sim.SimulationTest.client;
import static servicelab.sim.SimulationTest.sim;
import static servicelab.sim.SimulationTest.svc;

import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;
import servicelab.model.ConfigMap;

/**
 * kube-proxy's mode chosen the way a kubeadm, kind or minikube cluster chooses it: the
 * KubeProxyConfiguration in the kube-system/kube-proxy ConfigMap's config.conf. The accepted modes
 * and the refusal's words are validateProxyModeLinux's (pkg/proxy/apis/config/validation,
 * TestValidateProxyModeLinux: "nftables is allowed", "invalid mode non-existent").
 */
public class KubeProxyConfigMapTest {
    public static String kubeProxy(String mode) {
        return """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: kube-proxy
                  namespace: kube-system
                data:
                  config.conf: |
                    apiVersion: kubeproxy.config.k8s.io/v1alpha1
                    kind: KubeProxyConfiguration
                    mode: %s
                """.formatted(mode);
    }

    private static List<String> warningKeys(String yaml) {
        return servicelab.validation.LearnerWarnings.check(new ManifestChecker().check(yaml).objects()).stream()
                .map(servicelab.validation.Warning::key).toList();
    }

    @Test
    void theSceneChoosesNftablesAndAMissingPortIsRefused() {
        Simulation s = sim(42, kubeProxy("nftables"), DEPLOY.formatted(3), svc("kubia", "ClusterIP", ""), CLIENT);
        assertEquals(World.ProxyMode.NFTABLES, s.proxyMode());
        assertEquals(World.ProxyMode.NFTABLES, s.snapshot().world().proxyMode(), "the diagram sees the mode the cluster runs");
        Trace t = s.router().send(client(s), "http://kubia:8081/");
        assertEquals(Outcome.REFUSED, t.outcome());
        assertEquals("hop.proxy.noPortReject", t.hops().get(t.hops().size() - 1).key());
    }

    @Test
    void blankAndIptablesModesAreIptables() {
        for (String mode : List.of("iptables", "\"\"")) {
            Simulation s = sim(42, kubeProxy(mode), DEPLOY.formatted(3), svc("kubia", "ClusterIP", ""), CLIENT);
            assertEquals(World.ProxyMode.IPTABLES, s.proxyMode(), mode);
            assertEquals(Outcome.TIMEOUT, s.router().send(client(s), "http://kubia:8081/").outcome(), mode);
        }
        // the ConfigMap wins over the world's own mode, as the file a node's kube-proxy reads would
        Simulation s = sim(World.defaults().withProxyMode(World.ProxyMode.NFTABLES), 42, kubeProxy("iptables"), CLIENT);
        assertEquals(World.ProxyMode.IPTABLES, s.proxyMode());
    }

    @Test
    void ipvsIsTakenAndWarnedAboutAsDeprecated() {
        Simulation s = sim(42, kubeProxy("ipvs"), DEPLOY.formatted(3), svc("kubia", "ClusterIP", ""), CLIENT);
        assertEquals(World.ProxyMode.IPVS, s.proxyMode());
        assertTrue(warningKeys(kubeProxy("ipvs")).contains("w.kubeProxy.ipvs"));
    }

    @Test
    void aModeKubeProxyRefusesKeepsTheOldModeWithAWarning() {
        CheckReport r = new ManifestChecker().check(kubeProxy("userspace"));
        assertTrue(r.valid(), "the API server stores any text in a ConfigMap");
        ConfigMap cm = (ConfigMap) r.objects().get(0);
        assertNull(cm.proxy().mode());
        assertEquals("KubeProxyConfiguration.ProxyMode: Invalid value: \"userspace\": must be iptables, ipvs, nftables or blank "
                + "(blank means the best-available proxy [currently iptables])", cm.proxy().problem());
        assertTrue(warningKeys(kubeProxy("userspace")).contains("w.kubeProxy.config"));
        assertEquals(1, r.warnings().size(), "the checker shows it beside the ConfigMap");
        Simulation s = sim(World.defaults().withProxyMode(World.ProxyMode.NFTABLES), 42, kubeProxy("userspace"), CLIENT);
        assertEquals(World.ProxyMode.NFTABLES, s.proxyMode());
    }

    @Test
    void otherConfigMapsAndOtherNamespacesDoNotConfigureKubeProxy() {
        String elsewhere = kubeProxy("nftables").replace("namespace: kube-system", "namespace: default");
        Simulation s = sim(42, elsewhere, CLIENT);
        assertEquals(World.ProxyMode.IPTABLES, s.proxyMode());
        assertNull(((ConfigMap) new ManifestChecker().check(elsewhere).objects().get(0)).proxy());
        // deleting the ConfigMap gives the node back its own mode
        Simulation t = sim(42, kubeProxy("nftables"), CLIENT);
        try {
            t.apply(List.of());
        } catch (Simulation.TooBig e) {
            throw new AssertionError(e);
        }
        assertEquals(World.ProxyMode.IPTABLES, t.proxyMode());
    }

    @Test
    void aConfigThatIsNotAKubeProxyConfiguration() {
        CheckReport r = new ManifestChecker().check(kubeProxy("nftables").replace("kind: KubeProxyConfiguration", "kind: Other"));
        ConfigMap cm = (ConfigMap) r.objects().get(0);
        assertEquals("no kind \"Other\" is registered for version \"kubeproxy.config.k8s.io/v1alpha1\"", cm.proxy().problem());
    }
}
