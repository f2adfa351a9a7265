package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Text the learner reads: every font size in the stylesheets is at least 12 px, and every text
 * colour has a contrast of at least 4.5:1 (WCAG AA) on the grounds it is drawn on, in the light
 * theme, the dark theme and the projector's palette. The colours are read from app.css, so a
 * palette change that hurts contrast fails here.
 */
class ReadabilityTest {
    private static final Path CSS = Path.of("src/main/resources/servicelab/ui");

    /** Text colour on ground colour, as the stylesheets pair them. */
    private static final String[][] PAIRS = {
        {"-sl-text", "-sl-bg"}, {"-sl-text", "-sl-surface"}, {"-sl-text", "-sl-card"}, {"-sl-text", "-sl-chip"},
        {"-sl-muted", "-sl-bg"}, {"-sl-muted", "-sl-surface"}, {"-sl-muted", "-sl-card"}, {"-sl-muted", "-sl-chip"},
        {"-sl-lineno", "-sl-surface"}, {"-sl-code-comment", "-sl-surface"}, {"-sl-code-literal", "-sl-surface"},
        {"-sl-accent", "-sl-surface"}, {"-sl-accent", "-sl-card"},
        {"-sl-error", "-sl-error-bg"}, {"-sl-warning", "-sl-warning-bg"}, {"-sl-ok", "-sl-ok-bg"},
        {"-sl-green", "-sl-card"}, {"-sl-error", "-sl-card"}, {"-sl-chip-text", "-sl-chip"},
        {"#ffffff", "-sl-accent-emphasis"}, {"#ffffff", "-sl-pink-emphasis"}, {"#ffffff", "-sl-purple-emphasis"},
        {"#ffffff", "-sl-gray-emphasis"}, {"#ffffff", "-sl-warning-emphasis"},
        {"-color-fg-subtle", "-sl-surface"}};

    /** The variables set in the block that starts with this selector. */
    private static Map<String, String> block(String css, String selectorStart) {
        int at = css.indexOf(selectorStart);
        String body = css.substring(css.indexOf('{', at) + 1, css.indexOf('}', at));
        Map<String, String> vars = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(-[\\w-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(body);
        while (m.find()) {
            vars.put(m.group(1), m.group(2));
        }
        return vars;
    }

    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void everyTextColourStandsOutFromItsGround() throws Exception {
        String css = Files.readString(CSS.resolve("app.css"));
        Map<String, String> light = block(css, ".root, .problem-tooltip {");
        Map<String, String> dark = new LinkedHashMap<>(light);
        dark.putAll(block(css, ".root.dark, .problem-tooltip.dark {"));
        Map<String, String> projector = new LinkedHashMap<>(light);
        projector.putAll(block(css, ".root.presenter {"));
        Map<String, String> darkProjector = new LinkedHashMap<>(dark);
        darkProjector.putAll(block(css, ".root.presenter {"));
        darkProjector.putAll(block(css, ".root.presenter.dark {"));
        List<String> low = new ArrayList<>();
        for (var theme : Map.of("light", light, "dark", dark, "presenter", projector, "presenter dark", darkProjector).entrySet()) {
            for (String[] p : PAIRS) {
                String fg = p[0].startsWith("#") ? p[0] : theme.getValue().get(p[0]);
                String bg = theme.getValue().get(p[1]);
                if (fg == null || bg == null) {
                    low.add(theme.getKey() + ": " + p[0] + " or " + p[1] + " is not set");
                    continue;
                }
                double r = contrast(fg, bg);
                if (r < 4.5) {
                    low.add(String.format("%s: %s %s on %s %s = %.2f:1", theme.getKey(), p[0], fg, p[1], bg, r));
                }
            }
        }
        assertTrue(low.isEmpty(), String.join("\n", low));
    }

    @Test
    void noTextIsSmallerThan12Px() throws Exception {
        List<String> small = new ArrayList<>();
        for (String f : List.of("app.css", "diagram.css")) {
            String css = Files.readString(CSS.resolve(f));
            Matcher m = Pattern.compile("-fx-font-size:\\s*([0-9.]+)px").matcher(css);
            while (m.find()) {
                if (Double.parseDouble(m.group(1)) < 12) {
                    int line = css.substring(0, m.start()).split("\n", -1).length;
                    small.add(f + ":" + line + " " + m.group());
                }
            }
        }
        // lesson.css sizes are em of its 15 px body: 0.8em is the smallest allowed (12 px)
        String lesson = Files.readString(CSS.resolve("lesson.css"));
        Matcher em = Pattern.compile("-fx-font-size:\\s*([0-9.]+)em").matcher(lesson);
        while (em.find()) {
            if (Double.parseDouble(em.group(1)) * 15 < 12 - 1e-9) {
                small.add("lesson.css " + em.group());
            }
        }
        assertTrue(small.isEmpty(), String.join("\n", small));
    }

    @Test
    void keyboardFocusIsDrawnOnEveryKindOfControl() throws Exception {
        String css = Files.readString(CSS.resolve("app.css"));
        for (String c : List.of(".button:focus-visible", ".toggle-button:focus-visible", ".menu-button:focus-visible",
                ".check-box:focus-visible", ".list-view:focus-visible", ".tab-pane:focus-visible", ".yaml-editor:focused",
                ".slider:focus-visible")) {
            assertTrue(css.contains(c), c);
        }
        assertTrue(Files.readString(CSS.resolve("diagram.css")).contains(".diagram:focused"));
    }
}
