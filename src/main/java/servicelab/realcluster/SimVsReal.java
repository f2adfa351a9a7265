package servicelab.realcluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import servicelab.sim.Endpoint;
import servicelab.sim.SimService;
import servicelab.sim.Simulation;

/**
 * The simulated scene beside the real namespace, Service by Service: the type, and how many
 * endpoints are ready and not ready in each. The simulation keeps the scene's objects in the
 * namespace they name ("default" when none); the real cluster keeps them in the scene's own
 * namespace; Services are matched by name.
 */
public final class SimVsReal {
    private SimVsReal() {
    }

    /** One Service in either cluster (null fields where it is missing from one). */
    public record Row(String service, String simType, String realType, int simReady, int realReady, int simNotReady,
                      int realNotReady, boolean inSim, boolean inReal) {
        public boolean typeDiffers() {
            return inSim && inReal && !simType.equals(realType);
        }

        public boolean readyDiffers() {
            return inSim && inReal && (simReady != realReady || simNotReady != realNotReady);
        }

        public boolean differs() {
            return inSim != inReal || typeDiffers() || readyDiffers();
        }
    }

    public static List<Row> compare(Simulation sim, String simNamespace, Collection<RealObject> real) {
        Map<String, int[]> realCounts = new TreeMap<>();
        Map<String, String> realTypes = new TreeMap<>();
        for (RealObject o : real) {
            if ("Service".equals(o.kind())) {
                realTypes.put(o.name(), o.serviceType());
                realCounts.computeIfAbsent(o.name(), k -> new int[2]);
            }
        }
        for (RealObject o : real) {
            if ("EndpointSlice".equals(o.kind()) && o.sliceService() != null && realCounts.containsKey(o.sliceService())) {
                for (RealObject.SliceEndpoint e : o.sliceEndpoints()) {
                    realCounts.get(o.sliceService())[e.ready() ? 0 : 1]++;
                }
            }
        }
        Map<String, Row> rows = new TreeMap<>();
        if (sim != null) {
            for (SimService s : sim.services()) {
                if (!s.namespace().equals(simNamespace) || s.name().equals("kubernetes")) {
                    continue; // the API server's own Service is in every cluster
                }
                int ready = 0, notReady = 0;
                for (Endpoint e : sim.endpoints(s.namespace(), s.name())) {
                    if (e.ready()) {
                        ready++;
                    } else {
                        notReady++;
                    }
                }
                int[] rc = realCounts.getOrDefault(s.name(), new int[2]);
                String rt = realTypes.get(s.name());
                rows.put(s.name(), new Row(s.name(), s.type(), rt, ready, rc[0], notReady, rc[1], true, rt != null));
            }
        }
        for (var e : realTypes.entrySet()) {
            if (!rows.containsKey(e.getKey())) {
                int[] rc = realCounts.get(e.getKey());
                rows.put(e.getKey(), new Row(e.getKey(), null, e.getValue(), 0, rc[0], 0, rc[1], false, true));
            }
        }
        return new ArrayList<>(rows.values());
    }
}
