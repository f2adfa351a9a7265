package servicelab.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import servicelab.model.Deployment;
import servicelab.model.LabelSelector;
import servicelab.model.Labels;
import servicelab.model.PodTemplateSpec;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;

/** A workload controller's view of its RC, ReplicaSet or Deployment. */
record Workload(String kind, String namespace, String name, int replicas, Map<String, String> mapSelector,
                LabelSelector selector, PodTemplateSpec template, String templateHash) {

    static Workload of(ReplicationController rc) {
        Map<String, String> sel = rc.selector() == null || rc.selector().isEmpty()
                ? rc.template().labelsOrEmpty() : rc.selector();
        return new Workload("ReplicationController", rc.namespaceOrDefault(), rc.name(),
                rc.replicas() == null ? 1 : rc.replicas(), sel, null, rc.template(), null);
    }

    static Workload of(ReplicaSet rs) {
        return new Workload("ReplicaSet", rs.namespaceOrDefault(), rs.name(), rs.replicas() == null ? 1 : rs.replicas(),
                null, rs.selector(), rs.template(), null);
    }

    static Workload of(Deployment d) {
        return new Workload("Deployment", d.namespaceOrDefault(), d.name(), d.replicas() == null ? 1 : d.replicas(),
                null, d.selector(), d.template(), templateHash(d.template()));
    }

    String id() {
        return kind + "/" + namespace + "/" + name;
    }

    boolean adoptsOrphans() {
        return !kind.equals("Deployment"); // a Deployment's ReplicaSet only owns pods with its template hash
    }

    boolean selects(Map<String, String> labels) {
        if (mapSelector != null) {
            return !mapSelector.isEmpty() && Labels.matches(mapSelector, labels);
        }
        // a Deployment's old pods (another pod-template-hash) still match: the rollout replaces them
        return selector != null && !selector.isEmpty() && selector.matches(labels);
    }

    Map<String, String> podLabels() {
        Map<String, String> l = new LinkedHashMap<>(template.labelsOrEmpty());
        if (templateHash != null) {
            l.put("pod-template-hash", templateHash);
        }
        return l;
    }

    String podName(Random rng) {
        StringBuilder sb = new StringBuilder(name).append('-');
        if (templateHash != null) {
            sb.append(templateHash).append('-');
        }
        for (int i = 0; i < 5; i++) {
            sb.append(Simulation.NAME_ALPHABET.charAt(rng.nextInt(Simulation.NAME_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A pod-template-hash in the style Kubernetes prints (FNV-1a of the template, in the safe alphabet). */
    static String templateHash(PodTemplateSpec t) {
        String s = String.valueOf(t);
        int h = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        long v = Integer.toUnsignedLong(h);
        StringBuilder sb = new StringBuilder();
        String digits = Long.toString(v);
        for (int i = 0; i < digits.length(); i++) {
            sb.append(Simulation.NAME_ALPHABET.charAt((digits.charAt(i) - '0' + i * 7) % Simulation.NAME_ALPHABET.length()));
        }
        return sb.toString();
    }
}
