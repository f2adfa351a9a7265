package servicelab.ui.traffic;

import java.util.ArrayList;
import java.util.List;

import servicelab.sim.ClusterSnapshot;
import servicelab.sim.Outcome;
import servicelab.sim.Trace;
import servicelab.sim.TraceText;
import servicelab.text.Messages;

/**
 * The question predict-first asks, fitted to the request: which pod it reaches, or (for one that
 * reaches none) what happens to it, with the outcomes as choices.
 */
record PredictQuestion(String question, String rightAnswer, List<String> answers) {

    static PredictQuestion of(Trace first, ClusterSnapshot snap, TraceText text, Messages msg) {
        List<String> answers = new ArrayList<>();
        if (first.outcome() == Outcome.DELIVERED && first.pod() != null) {
            snap.userPods().stream().filter(p -> p.ready() && p.running()).map(servicelab.sim.SimPod::name)
                    .limit(8).forEach(answers::add);
            if (!answers.contains(first.pod())) {
                answers.add(first.pod());
            }
            return new PredictQuestion(msg.get("traffic.predictPrompt"), first.pod(), answers);
        }
        String right = text.outcome(first.outcome());
        for (Outcome o : List.of(Outcome.DELIVERED, Outcome.REFUSED, Outcome.TIMEOUT, Outcome.NXDOMAIN)) {
            answers.add(text.outcome(o));
        }
        if (!answers.contains(right)) {
            answers.add(right);
        }
        return new PredictQuestion(msg.get("traffic.predictOutcome"), right, answers);
    }
}
