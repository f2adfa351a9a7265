package servicelab.sim;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Hop and event texts, Korean by default, from {@code servicelab/sim/trace_*.properties}. */
public final class TraceText {
    private final ResourceBundle bundle;
    private final Locale locale;

    public TraceText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("servicelab.sim.trace", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static TraceText korean() {
        return new TraceText(Locale.KOREAN);
    }

    public String hop(Hop h) {
        return text(h.key(), h.args());
    }

    public String event(EventLog.Event e) {
        return text(e.key(), e.args());
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String text(String key, List<Object> args) {
        if (!bundle.containsKey(key)) {
            return key;
        }
        Object[] a = args.toArray();
        for (int i = 0; i < a.length; i++) {
            if (a[i] instanceof Outcome o) {
                a[i] = outcome(o); // the learner reads ev.outcome.*; the code stays in the JSON
            } else if (a[i] instanceof GatewayRouting.RouteName rn) {
                // the route's kind in the learner's words, then namespace/name (JSON keeps namespace/name)
                a[i] = bundle.getString("GRPCRoute".equals(rn.kind()) ? "hop.gw.kind.grpc" : "hop.gw.kind.http") + " " + rn.key();
            }
        }
        return servicelab.text.Messages.format(bundle.getString(key), locale, a);
    }

    /** An outcome in the learner's words (the Kubernetes or HTTP term kept beside it). */
    public String outcome(Outcome o) {
        return bundle.getString("ev.outcome." + o.name());
    }
}
