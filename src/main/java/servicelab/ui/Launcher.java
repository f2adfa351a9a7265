package servicelab.ui;

import java.util.List;
import java.util.Locale;

import servicelab.text.Messages;

/**
 * The main class (bin/servicelab gui, mvn javafx:run): not an Application subclass, so the
 * options and the display are checked before JavaFX starts its toolkit. A mistake, --help or a
 * missing display is one line (Korean unless --lang en) and an exit code, never a stack trace.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        servicelab.ui.dev.Startup.mark("main");
        List<String> a = List.of(args);
        Messages msg = App.uiMessages(a.contains("--lang") && a.contains("en") ? Locale.ENGLISH : Locale.KOREAN);
        AppOptions opts = null;
        try {
            opts = AppOptions.parse(a, msg);
        } catch (AppOptions.Usage u) {
            (u.help() ? System.out : System.err).println(u.getMessage());
            System.exit(u.help() ? 0 : 2);
        }
        if (!App.displayAvailable()) {
            System.err.println(msg.get("gui.noDisplay"));
            System.exit(2);
        }
        // Prism's region cache is a 2048x1024 texture (8 MB of heap on the software pipeline) that
        // would hold card backgrounds the diagram redraws anyway: measured 59.9 fps either way, 7-17 MiB less
        if (System.getProperty("prism.disableRegionCaching") == null) {
            System.setProperty("prism.disableRegionCaching", "true");
        }
        int code;
        servicelab.ui.dev.Startup.mark("options_checked");
        try {
            code = App.launchChecked(opts, args);
        } catch (RuntimeException | Error e) {
            // the toolkit could not open a window (a display that refuses, a missing GTK)
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String why = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
            System.err.println(msg.get("gui.cannotStart", why.lines().findFirst().orElse(why)));
            code = 2;
        }
        if (!opts.once() && !servicelab.ui.dev.Startup.on()) { // not in a measured or scripted run
            ClassDataRefresh.startIfNeeded();
        }
        System.exit(code);
    }
}
