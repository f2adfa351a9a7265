package servicelab.sim;

import servicelab.model.Container;

/** A running container: its spec, its behaviour and its probe state. */
final class ContainerRuntime {
    final Container spec;
    final ContainerBehaviour behaviour;
    long startedAt;
    boolean started;
    boolean ready;
    long generation;
    ProbeState readiness = new ProbeState();
    ProbeState liveness = new ProbeState();
    ProbeState startup = new ProbeState();

    ContainerRuntime(Container spec, ContainerBehaviour behaviour) {
        this.spec = spec;
        this.behaviour = behaviour;
    }

    String name() {
        return spec == null ? "controller" : spec.name();
    }

    /** Consecutive results of one probe. */
    static final class ProbeState {
        int successes;
        int failures;
    }
}
