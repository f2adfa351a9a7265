package servicelab.ui.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;

import servicelab.text.Json;

/**
 * What a person would see cut off, for machines ({@code gui --layout-report}, docs/CLI.md): every
 * visible text that is elided (a label showing "…") or clipped (cut by the window or by a parent
 * that clips and does not scroll), every visible control not wholly inside the window, and the
 * smallest font size on screen in px (after zoom and the diagram's fit), overall and per area.
 * Text inside scrolling containers (lesson, editor, lists) is only measured where it shows.
 */
public final class LayoutReport {
    /** A node kept out of sight for reuse (the diagram parks spare pod badges): not on screen. */
    public static final String PARKED = "servicelab.parked";

    private final Bounds window;
    private final List<Map<String, Object>> elided = new ArrayList<>();
    private final List<Map<String, Object>> clipped = new ArrayList<>();
    private final List<Map<String, Object>> outside = new ArrayList<>();
    private final Map<String, Double> minByArea = new TreeMap<>();

    private LayoutReport(Scene scene) {
        this.window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
    }

    /** Measures the scene as laid out now. */
    public static Map<String, Object> measure(Scene scene) {
        LayoutReport r = new LayoutReport(scene);
        r.walk(scene.getRoot(), r.window, false);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("size", Math.round(scene.getWidth()) + "x" + Math.round(scene.getHeight()));
        out.put("elided", r.elided);
        out.put("clipped", r.clipped);
        out.put("outside", r.outside);
        out.put("minFontPx", r.minByArea.values().stream().min(Double::compare).orElse(0.0));
        out.put("minFontPxByArea", new LinkedHashMap<>(r.minByArea));
        return out;
    }

    public static void write(Scene scene, Path out) throws IOException {
        Files.writeString(out, Json.write(measure(scene)) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * @param shown    the part of the scene this node can show in (window ∩ clipping ancestors)
     * @param scrolls  inside something that scrolls: being partly out of view is normal there
     */
    private void walk(Node n, Bounds shown, boolean scrolls) {
        if (!n.isVisible() || n.getOpacity() == 0 || n.getProperties().containsKey(PARKED)) {
            return;
        }
        Bounds b = n.localToScene(n.getBoundsInLocal());
        if (n instanceof Control c && !scrolls && !inside(b, window) && b.getWidth() > 0 && b.getHeight() > 0) {
            Map<String, Object> e = entry(null, null, n);
            e.put("bounds", List.of(Math.round(b.getMinX()), Math.round(b.getMinY()), Math.round(b.getWidth()), Math.round(b.getHeight())));
            outside.add(e);
        }
        if (n instanceof org.kordamp.ikonli.javafx.FontIcon) {
            return; // an icon, drawn with a font, is not text
        }
        if (n instanceof Text t) {
            text(t, b, shown, scrolls);
            return;
        }
        if (n instanceof javafx.scene.control.ToolBar bar) {
            for (Node item : bar.getItems()) {
                if (item.isVisible() && item.isManaged() && item.getScene() == null) {
                    outside.add(new LinkedHashMap<>(Map.of("where", "toolbar/" + name(item)))); // in the overflow menu
                }
            }
        }
        Bounds inner = shown;
        if (n.getClip() != null) {
            Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
            inner = intersect(shown, clip);
        }
        boolean scrolling = scrolls || n instanceof ScrollPane || n instanceof TextInputControl
                || n instanceof javafx.scene.control.ListView || n instanceof javafx.scene.control.TableView
                || n instanceof org.fxmisc.richtext.GenericStyledArea || n instanceof org.fxmisc.flowless.VirtualizedScrollPane;
        if (inner == null) {
            return; // wholly clipped away: nothing of it shows
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, inner, scrolling);
            }
        }
    }

    private void text(Text t, Bounds b, Bounds shown, boolean scrolls) {
        String s = t.getText();
        if (s == null || s.isBlank() || b.getWidth() <= 0) {
            return;
        }
        Bounds visible = intersect(b, shown);
        if (visible == null) {
            return; // scrolled or clipped wholly out of sight (a list's spare cell)
        }
        Transform tr = t.getLocalToSceneTransform();
        double px = t.getFont().getSize() * Math.hypot(tr.getMxx(), tr.getMyx());
        minByArea.merge(area(t), Math.round(px * 10) / 10.0, Math::min);
        if (t.getParent() instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()
                && !s.equals(l.getText()) && !(l.isMnemonicParsing() && s.equals(l.getText().replace("_", "")))) {
            elided.add(entry(l.getText(), s, t));
        }
        if (!scrolls && !inside(b, shown)) {
            clipped.add(entry(s, null, t));
        } else if (t.getParent() instanceof Labeled l && !scrolls) {
            Bounds lb = l.localToScene(l.getBoundsInLocal());
            if (!inside(b, lb)) {
                clipped.add(entry(s, null, t)); // a label too small for its text: the text runs out of it
            }
        }
    }

    private Map<String, Object> entry(String text, String shownText, Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (text != null) {
            m.put("text", text);
        }
        if (shownText != null) {
            m.put("shown", shownText);
        }
        m.put("where", area(n) + "/" + name(n));
        return m;
    }

    /** The node's own name: its id, else its first style class, else its type; a text is named by its label. */
    private static String name(Node n) {
        Node x = n instanceof Text && n.getParent() instanceof Labeled ? n.getParent() : n;
        if (x.getId() != null) {
            return x.getId();
        }
        if (!x.getStyleClass().isEmpty()) {
            return x.getStyleClass().get(0);
        }
        return x.getClass().getSimpleName().toLowerCase();
    }

    /** The window area a node sits in. */
    static String area(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            String id = x.getId() == null ? "" : x.getId();
            switch (id) {
                case "diagramZoom", "planStrip" -> {
                    return "controls"; // buttons over the picture, not the picture's text
                }
                case "presenterExercise" -> {
                    return "card";
                }
                case "diagram" -> {
                    return "diagram";
                }
                case "trafficHost" -> {
                    return "traffic";
                }
                case "editorBox", "bottomTabs" -> {
                    return "editor";
                }
                case "toolbar" -> {
                    return "toolbar";
                }
                case "statusBar" -> {
                    return "status";
                }
                default -> {
                    if (x.getStyleClass().contains("lesson-pane")) {
                        return "lesson";
                    }
                }
            }
        }
        return "window";
    }

    /** Whether a lies within b (a pixel of rounding allowed: a zoomed layout's edges fall between pixels). */
    static boolean inside(Bounds a, Bounds b) {
        return a.getMinX() >= b.getMinX() - 1 && a.getMinY() >= b.getMinY() - 1
                && a.getMaxX() <= b.getMaxX() + 1 && a.getMaxY() <= b.getMaxY() + 1;
    }

    static Bounds intersect(Bounds a, Bounds b) {
        double x0 = Math.max(a.getMinX(), b.getMinX());
        double y0 = Math.max(a.getMinY(), b.getMinY());
        double x1 = Math.min(a.getMaxX(), b.getMaxX());
        double y1 = Math.min(a.getMaxY(), b.getMaxY());
        return x1 <= x0 || y1 <= y0 ? null : new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }
}
