package servicelab.workspace.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.text.Json;
import servicelab.text.TextFiles;
import servicelab.workspace.files.AtomicFiles;

/**
 * What the learner set up and expects to find again at the next start ({@code settings.json} in
 * the profile folder): the window's place, size and maximised state, the panes' divider
 * positions, theme, zoom, language, larger text and the last ten files opened. Read like progress
 * (bounded, linear JSON; an unreadable file means defaults, never a failed start) and written
 * atomically. Every value read is checked: a hand-edited file cannot make a zero-sized window.
 */
public final class Settings {
    static final long MAX_BYTES = 64 * 1024;
    public static final int RECENT = 10;

    /** The window's place on the desktop, in screen coordinates. */
    public record Window(double x, double y, double width, double height, boolean maximized) {
    }

    private final Path file;
    private Window window;
    private final Map<String, List<Double>> dividers = new LinkedHashMap<>();
    private boolean dark;
    private double zoom = 1;
    private String language;
    private boolean largerText;
    private final List<String> recent = new ArrayList<>();

    private Settings(Path file) {
        this.file = file;
    }

    public static Path defaultFile() {
        return servicelab.workspace.progress.Progress.home().resolve("settings.json");
    }

    /** The settings in the file; defaults when it is missing or unreadable. */
    public static Settings load(Path file) {
        Settings s = new Settings(file);
        try {
            if (Files.isRegularFile(file)) {
                Object data = Json.parse(new String(TextFiles.read(file, MAX_BYTES), StandardCharsets.UTF_8));
                if (data instanceof Map<?, ?> m) {
                    s.read(m);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return new Settings(file); // a damaged file costs the learner their layout, not their start
        }
        return s;
    }

    private void read(Map<?, ?> m) {
        if (m.get("window") instanceof Map<?, ?> w) {
            double width = num(w.get("width"), 0);
            double height = num(w.get("height"), 0);
            if (width >= 200 && height >= 150 && width <= 20_000 && height <= 20_000) {
                window = new Window(num(w.get("x"), 0), num(w.get("y"), 0), width, height, Boolean.TRUE.equals(w.get("maximized")));
            }
        }
        if (m.get("dividers") instanceof Map<?, ?> d) {
            d.forEach((k, v) -> {
                if (v instanceof List<?> l && l.size() <= 4) {
                    List<Double> ps = new ArrayList<>();
                    for (Object x : l) {
                        double p = num(x, -1);
                        if (p > 0 && p < 1) {
                            ps.add(p);
                        }
                    }
                    if (ps.size() == l.size()) {
                        dividers.put(String.valueOf(k), List.copyOf(ps));
                    }
                }
            });
        }
        dark = Boolean.TRUE.equals(m.get("dark"));
        double z = num(m.get("zoom"), 1);
        zoom = z >= 0.5 && z <= 3 ? z : 1;
        language = "en".equals(m.get("language")) ? "en" : "ko".equals(m.get("language")) ? "ko" : null;
        largerText = Boolean.TRUE.equals(m.get("largerText"));
        if (m.get("recent") instanceof List<?> r) {
            for (Object x : r) {
                if (x instanceof String p && !p.isBlank() && recent.size() < RECENT && !recent.contains(p)) {
                    recent.add(p);
                }
            }
        }
    }

    private static double num(Object o, double otherwise) {
        return o instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : otherwise;
    }

    public Path file() {
        return file;
    }

    public synchronized Window window() {
        return window;
    }

    public synchronized void setWindow(Window w) {
        window = w;
    }

    /** A split pane's divider positions by its name, or null. */
    public synchronized List<Double> dividers(String pane) {
        return dividers.get(pane);
    }

    public synchronized void setDividers(String pane, List<Double> positions) {
        dividers.put(pane, List.copyOf(positions));
    }

    public synchronized boolean dark() {
        return dark;
    }

    public synchronized void setDark(boolean on) {
        dark = on;
    }

    public synchronized double zoom() {
        return zoom;
    }

    public synchronized void setZoom(double z) {
        zoom = z;
    }

    /** "ko", "en", or null when the learner never chose. */
    public synchronized String language() {
        return language;
    }

    public synchronized void setLanguage(String lang) {
        language = lang;
    }

    public synchronized boolean largerText() {
        return largerText;
    }

    public synchronized void setLargerText(boolean on) {
        largerText = on;
    }

    /** The files opened last, newest first. */
    public synchronized List<String> recent() {
        return List.copyOf(recent);
    }

    /** A file was opened or saved: it goes to the top of the list, which keeps ten. */
    public synchronized void opened(Path p) {
        String s = p.toAbsolutePath().normalize().toString();
        recent.remove(s);
        recent.add(0, s);
        while (recent.size() > RECENT) {
            recent.remove(recent.size() - 1);
        }
    }

    public synchronized void forget(String p) {
        recent.remove(p);
    }

    synchronized String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", 1);
        if (window != null) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("x", window.x());
            w.put("y", window.y());
            w.put("width", window.width());
            w.put("height", window.height());
            w.put("maximized", window.maximized());
            m.put("window", w);
        }
        m.put("dividers", new LinkedHashMap<>(dividers));
        m.put("dark", dark);
        m.put("zoom", zoom);
        m.put("language", language);
        m.put("largerText", largerText);
        m.put("recent", List.copyOf(recent));
        return Json.write(m) + "\n";
    }

    /** Writes the file atomically (on the caller's thread: the window calls it on its IO thread). */
    public void save() throws IOException {
        String json = toJson();
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, json);
    }
}
