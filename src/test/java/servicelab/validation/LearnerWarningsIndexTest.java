package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static servicelab.validation.Fixtures.kubia;
import static servicelab.validation.Fixtures.podSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import servicelab.model.Deployment;
import servicelab.model.IntOrString;
import servicelab.model.KubeObject;
import servicelab.model.LabelSelector;
import servicelab.model.Labels;
import servicelab.model.ObjectMeta;
import servicelab.model.Pod;
import servicelab.model.PodTemplateSpec;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;
import servicelab.model.Service;
import servicelab.model.ServiceSpec;

/**
 * The selector warnings look pods up by label ({@link LabelIndex}) instead of comparing every pair:
 * on random files of Services, workloads and Pods in two namespaces, they must say exactly what
 * comparing every pair says.
 */
class LearnerWarningsIndexTest {
    private static final Set<String> KEYS = Set.of("w.selector.noMatch", "w.workload.selectorOverlap", "w.pod.adoptedByWorkload");

    @Test
    void indexedLookupsWarnExactlyAsComparingEveryPair() {
        Random rnd = new Random(7);
        int overlaps = 0, noMatch = 0, adoptions = 0;
        for (int file = 0; file < 300; file++) {
            List<KubeObject> objects = new ArrayList<>();
            int n = 2 + rnd.nextInt(14);
            for (int i = 0; i < n; i++) {
                objects.add(Defaulter.apply(randomObject(rnd, i)));
            }
            List<String> got = new ArrayList<>();
            for (Warning w : LearnerWarnings.check(objects)) {
                if (KEYS.contains(w.key())) {
                    got.add(w.objectIndex() + " " + w.key() + " " + w.args().get(w.args().size() - 1));
                }
            }
            List<String> want = reference(objects);
            int seed = file;
            assertEquals(want, got, () -> "random file " + seed);
            overlaps += (int) want.stream().filter(s -> s.contains("Overlap")).count();
            noMatch += (int) want.stream().filter(s -> s.contains("noMatch")).count();
            adoptions += (int) want.stream().filter(s -> s.contains("adopted")).count();
        }
        // the random files reach every warning many times, or the comparison proves little
        assertTrue(overlaps > 50 && noMatch > 50 && adoptions > 50, overlaps + " " + noMatch + " " + adoptions);
    }

    private static Map<String, String> randomLabels(Random rnd, boolean mayBeEmpty) {
        Map<String, String> m = new LinkedHashMap<>();
        if (rnd.nextInt(3) > 0 || !mayBeEmpty) {
            m.put("app", rnd.nextBoolean() ? "a" : "b");
        }
        if (rnd.nextBoolean()) {
            m.put("tier", rnd.nextBoolean() ? "x" : "y");
        }
        return m;
    }

    private static LabelSelector randomSelector(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> new LabelSelector(randomLabels(rnd, false), null);
            case 1 -> new LabelSelector(null, List.of(new LabelSelector.Requirement("app", "In", List.of(rnd.nextBoolean() ? "a" : "b"))));
            case 2 -> new LabelSelector(null, List.of(new LabelSelector.Requirement("tier", "Exists", null)));
            default -> new LabelSelector(null, List.of(new LabelSelector.Requirement("app", "NotIn", List.of("a"))));
        };
    }

    private static KubeObject randomObject(Random rnd, int i) {
        ObjectMeta meta = new ObjectMeta("o" + i, null, rnd.nextInt(4) == 0 ? "other" : null, randomLabels(rnd, true), null);
        PodTemplateSpec template = new PodTemplateSpec(new ObjectMeta(null, null, null, randomLabels(rnd, true), null), podSpec(kubia()));
        return switch (rnd.nextInt(5)) {
            case 0 -> {
                ServiceSpec.Builder b = ServiceSpec.builder();
                b.selector = randomLabels(rnd, false);
                b.ports = List.of(Fixtures.port(null, 80, IntOrString.of(8080)));
                yield new Service(meta, b.build());
            }
            case 1 -> new Deployment(meta, 1, randomSelector(rnd), null, template);
            case 2 -> new ReplicaSet(meta, 1, randomSelector(rnd), null, template);
            case 3 -> new ReplicationController(meta, 1, randomLabels(rnd, false), null, template);
            default -> new Pod(meta, podSpec(kubia()));
        };
    }

    /** The three warnings as comparing every pair finds them, in object order. */
    private static List<String> reference(List<KubeObject> objects) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            KubeObject o = objects.get(i);
            String ns = o.namespaceOrDefault();
            if (o instanceof Service s) {
                boolean any = false;
                for (KubeObject p : objects) {
                    Map<String, String> labels = p instanceof Pod ? p.metadata().labelsOrEmpty()
                            : template(p) != null ? template(p).labelsOrEmpty() : null;
                    any |= labels != null && p.namespaceOrDefault().equals(ns) && Labels.matches(s.spec().selectorOrEmpty(), labels);
                }
                if (!any) {
                    out.add(i + " w.selector.noMatch " + Labels.format(s.spec().selectorOrEmpty()));
                }
            } else if (o instanceof Pod p) {
                for (KubeObject w : objects) {
                    if ((w instanceof ReplicationController || w instanceof ReplicaSet) && w.namespaceOrDefault().equals(ns)
                            && selects(w, p.metadata().labelsOrEmpty())) {
                        out.add(i + " w.pod.adoptedByWorkload " + w.kind() + "/" + w.name());
                        break;
                    }
                }
            } else if (template(o) != null) {
                for (int k = 0; k < i; k++) {
                    KubeObject other = objects.get(k);
                    if (template(other) != null && other.namespaceOrDefault().equals(ns)
                            && (selects(o, template(other).labelsOrEmpty()) || selects(other, template(o).labelsOrEmpty()))) {
                        out.add(i + " w.workload.selectorOverlap " + other.kind() + "/" + other.name());
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static PodTemplateSpec template(KubeObject o) {
        return o instanceof Deployment d ? d.template() : o instanceof ReplicaSet rs ? rs.template()
                : o instanceof ReplicationController rc ? rc.template() : null;
    }

    private static boolean selects(KubeObject w, Map<String, String> labels) {
        if (w instanceof ReplicationController rc) {
            return !rc.selector().isEmpty() && Labels.matches(rc.selector(), labels);
        }
        LabelSelector sel = w instanceof ReplicaSet rs ? rs.selector() : ((Deployment) w).selector();
        return !sel.isEmpty() && sel.matches(labels);
    }
}
