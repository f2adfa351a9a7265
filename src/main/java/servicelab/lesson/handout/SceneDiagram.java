package servicelab.lesson.handout;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import servicelab.sim.ClusterSnapshot;
import servicelab.sim.Endpoint;
import servicelab.sim.NodeInfo;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;

/**
 * A scene's cluster drawn for paper, in vectors: the Services on top (type, cluster IP, ports),
 * the nodes below with their pods (name, IP, ready or not), and a line from each Service to its
 * endpoints — solid to a ready pod, dashed to one that is not. Readiness is in words and line
 * style as well as colour, so a black-and-white copy keeps it.
 */
final class SceneDiagram {
    private static final Color GREEN = new Color(0x1a7f37);
    private static final Color RED = new Color(0xcf222e);
    private static final Color BOX = new Color(0x8fb3e8);
    private static final Color CARD = new Color(0xf0f6ff);
    private static final float LINE = 11.5f;

    private final Typesetter t;

    private final String pendingLabel;
    private final String[] states;

    /** {@code states}: the words for a pod not started, ready and not ready. */
    SceneDiagram(Typesetter t, String pendingLabel, String... states) {
        this.t = t;
        this.pendingLabel = pendingLabel;
        this.states = states;
    }

    /** Draws the snapshot at the cursor (a new page when it does not fit) and moves the cursor below it. */
    void draw(ClusterSnapshot snap) throws IOException {
        List<SimService> services = snap.userServices();
        List<NodeInfo> nodes = snap.world().nodes();
        List<SimPod> pods = snap.userPods();
        float gap = 10;
        // service cards
        int perRow = Math.max(1, Math.min(services.size(), 4));
        float cardW = services.isEmpty() ? 0 : (Typesetter.WIDTH - gap * (perRow - 1)) / perRow;
        List<List<String>> cardLines = new ArrayList<>();
        float cardH = 0;
        for (SimService s : services) {
            List<String> lines = serviceLines(s);
            cardLines.add(lines);
            cardH = Math.max(cardH, 8 + LINE * (lines.size() + 1));
        }
        int serviceRows = services.isEmpty() ? 0 : (services.size() + perRow - 1) / perRow;
        // node boxes with their pods
        float nodeW = (Typesetter.WIDTH - gap * (nodes.size() - 1)) / Math.max(1, nodes.size());
        Map<String, List<SimPod>> byNode = new HashMap<>();
        for (SimPod p : pods) {
            byNode.computeIfAbsent(p.node() == null ? "" : p.node(), k -> new ArrayList<>()).add(p);
        }
        float podH = 8 + LINE * 4;
        Map<String, List<String>> backs = new HashMap<>();
        for (SimService s : services) {
            List<Endpoint> eps = snap.endpoints(s.namespace(), s.name());
            for (Endpoint e : eps == null ? List.<Endpoint>of() : eps) {
                backs.computeIfAbsent(s.namespace() + "/" + e.pod(), k -> new ArrayList<>()).add(s.name());
            }
        }
        int most = nodes.stream().mapToInt(n -> byNode.getOrDefault(n.name(), List.of()).size()).max().orElse(0);
        float nodeH = 26 + Math.max(1, most) * (podH + 6) + 4;
        float linesGap = services.isEmpty() ? 0 : 34;
        float total = serviceRows * (cardH + gap) + linesGap + nodeH + 8;
        t.ensure(Math.min(total, 700));
        float top = t.y;
        float nodesTop = top - serviceRows * (cardH + gap) - linesGap;
        // nodes first (their pods' anchors), then the cards and the lines to them
        Map<String, float[]> podAnchor = drawNodes(nodes, byNode, backs, nodesTop, nodeW, nodeH, podH, gap);
        drawServices(snap, services, cardLines, podAnchor, top, cardW, cardH, perRow, gap);
        t.y = nodesTop - nodeH - 8;
        List<String> pending = pods.stream().filter(p -> p.node() == null || p.ip() == null).map(SimPod::name).toList();
        if (!pending.isEmpty()) {
            t.paragraph(List.of(t.body(pendingLabel + " " + String.join(", ", pending))), 0, 4);
        }
    }

    /** The node boxes and their pods; where each pod's line ends (by namespace/name). */
    private Map<String, float[]> drawNodes(List<NodeInfo> nodes, Map<String, List<SimPod>> byNode, Map<String, List<String>> backs,
                                           float nodesTop, float nodeW,
                                           float nodeH, float podH, float gap) throws IOException {
        Map<String, float[]> podAnchor = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            NodeInfo n = nodes.get(i);
            float x = Typesetter.MARGIN + i * (nodeW + gap);
            t.cs.setStrokingColor(BOX);
            t.cs.setLineWidth(1.2f);
            t.cs.addRect(x, nodesTop - nodeH, nodeW, nodeH);
            t.cs.stroke();
            t.text(x + 6, nodesTop - 5, new Typesetter.Run(n.name() + "  " + n.ip(), t.bold, 9, Typesetter.TEXT));
            float py = nodesTop - 22;
            for (SimPod p : byNode.getOrDefault(n.name(), List.of())) {
                drawPod(p, backs.getOrDefault(p.namespace() + "/" + p.name(), List.of()), x + 6, py, nodeW - 12, podH);
                // a Service's line ends on the node's top edge; the pod itself names the Services it backs
                podAnchor.put(p.namespace() + "/" + p.name(), new float[] {x + nodeW / 2, nodesTop});
                py -= podH + 6;
            }
        }
        return podAnchor;
    }

    private void drawServices(ClusterSnapshot snap, List<SimService> services, List<List<String>> cardLines,
                              Map<String, float[]> podAnchor, float top, float cardW, float cardH, int perRow, float gap)
            throws IOException {
        for (int i = 0; i < services.size(); i++) {
            SimService s = services.get(i);
            float x = Typesetter.MARGIN + (i % perRow) * (cardW + gap);
            float cy = top - (i / perRow) * (cardH + gap);
            t.cs.setNonStrokingColor(CARD);
            t.cs.addRect(x, cy - cardH, cardW, cardH);
            t.cs.fill();
            t.cs.setStrokingColor(Typesetter.ACCENT);
            t.cs.setLineWidth(1.2f);
            t.cs.addRect(x, cy - cardH, cardW, cardH);
            t.cs.stroke();
            t.text(x + 6, cy - 5, new Typesetter.Run(fit(s.name(), t.bold, 9.5f, cardW - 12), t.bold, 9.5f, Typesetter.TEXT));
            float ly = cy - 5 - LINE;
            for (String l : cardLines.get(i)) {
                t.text(x + 6, ly, new Typesetter.Run(fit(l, t.mono, 8, cardW - 12), t.mono, 8, Typesetter.MUTED));
                ly -= LINE;
            }
            List<Endpoint> eps = snap.endpoints(s.namespace(), s.name());
            for (Endpoint e : eps == null ? List.<Endpoint>of() : eps) {
                float[] a = podAnchor.get(s.namespace() + "/" + e.pod());
                if (a == null) {
                    continue;
                }
                t.cs.setStrokingColor(e.ready() ? GREEN : RED);
                t.cs.setLineWidth(e.ready() ? 1.4f : 1f);
                t.cs.setLineDashPattern(e.ready() ? new float[0] : new float[] {4, 3}, 0);
                t.cs.moveTo(x + cardW / 2, cy - cardH);
                t.cs.lineTo(a[0], a[1]);
                t.cs.stroke();
                t.cs.setLineDashPattern(new float[0], 0);
            }
        }
    }

    private void drawPod(SimPod p, List<String> backs, float x, float top, float w, float h) throws IOException {
        boolean ready = p.ready() && p.running();
        t.cs.setStrokingColor(ready ? GREEN : RED);
        t.cs.setLineWidth(ready ? 1.4f : 1f);
        t.cs.setLineDashPattern(ready ? new float[0] : new float[] {4, 3}, 0);
        t.cs.addRect(x, top - h, w, h);
        t.cs.stroke();
        t.cs.setLineDashPattern(new float[0], 0);
        t.text(x + 5, top - 4, new Typesetter.Run(fit(p.name(), t.bold, 8.5f, w - 10), t.bold, 8.5f, Typesetter.TEXT));
        t.text(x + 5, top - 4 - LINE, new Typesetter.Run(fit(p.ip() == null ? "-" : p.ip(), t.mono, 8, w - 10), t.mono, 8, Typesetter.MUTED));
        String state = !p.running() ? (p.waiting() != null ? p.waiting() : states[0]) : ready ? "√ " + states[1] : "× " + states[2];
        t.text(x + 5, top - 4 - 2 * LINE, new Typesetter.Run(fit(state, t.regular, 8, w - 10), t.regular, 8, ready ? GREEN : RED));
        if (!backs.isEmpty()) {
            String line = "← " + String.join(", ", backs);
            t.text(x + 5, top - 4 - 3 * LINE, new Typesetter.Run(fit(line, t.regular, 8, w - 10), t.regular, 8, Typesetter.ACCENT));
        }
    }

    private static List<String> serviceLines(SimService s) {
        List<String> lines = new ArrayList<>();
        boolean headless = "None".equals(s.clusterIP());
        lines.add(s.type() + (headless ? " (headless)" : ""));
        if ("ExternalName".equals(s.type())) {
            lines.add("→ " + s.externalName());
        } else if (!headless && s.clusterIP() != null) {
            lines.add("IP " + s.clusterIP());
        }
        if (s.loadBalancerIP() != null) {
            lines.add("LB " + s.loadBalancerIP());
        }
        for (SimService.Port p : s.ports()) {
            lines.add(p.port() + "→" + p.targetPort() + (p.nodePort() != null ? " (node " + p.nodePort() + ")" : ""));
        }
        return lines;
    }

    /** The text, shortened with "…" in the middle when it is wider than the room. */
    private String fit(String s, org.apache.pdfbox.pdmodel.font.PDFont font, float size, float room) {
        if (t.width(font, size, s) <= room) {
            return s;
        }
        String cut = s;
        while (cut.length() > 4 && t.width(font, size, cut + "…") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
