package servicelab.ui.diagram;

import servicelab.sim.SimPod;
import servicelab.sim.SimService;

/** What the diagram asks its owner to do; each becomes a text edit or a runtime action. */
public interface Actions {
    void toggleReadiness(SimPod pod);

    /** A pod without a readiness probe: explain, and add one if the learner agrees. */
    void addReadinessProbe(SimPod pod);

    void deletePod(SimPod pod);

    void switchType(SimService svc, String type);

    void scale(SimPod pod, int delta);

    void createServiceFor(SimPod pod);

    void editLabels(SimPod pod);

    void editPorts(SimService svc);

    void addPod(String node);

    /** What exposing the Service through a Gateway would do: "create", "rule", or null (its Gateway already sends to it). */
    String gatewayPlan(SimService svc);

    /** A Gateway and an HTTPRoute for the Service, or a rule for it in the Gateway's route (a text edit). */
    void exposeThroughGateway(SimService svc);
}
