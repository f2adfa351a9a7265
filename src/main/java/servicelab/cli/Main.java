package servicelab.cli;

import servicelab.text.Messages;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bin/servicelab}: the headless command line over the same core as the app. Exit codes:
 * 0 success, 1 invalid input, 2 usage error or unreadable file, 3 an internal error (reported
 * as one line, never a stack trace).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** The commands with their own help (gui's is the app's: {@code servicelab.ui.AppOptions}). */
    public static final List<String> COMMANDS = List.of("check", "simulate", "resolve", "env", "route", "lessons", "kubectl",
            "cluster");

    /** -h or --help among a command's own options (for kubectl, before its "--"). */
    static boolean asksForHelp(List<String> rest) {
        for (String a : rest) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("-h") || a.equals("--help")) {
                return true;
            }
        }
        return false;
    }

    static String help(Messages msg, String command) {
        return switch (command) {
            case "simulate", "resolve", "env", "route" -> msg.get("help." + command, msg.get("help.cluster"));
            case "cluster" -> msg.get("help.bridge");
            default -> msg.get("help." + command);
        };
    }

    /** Runs one command; returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // a check's file is parsed on a second thread while the messages load (a cold JVM's tens of ms)
        CheckCommand.Ahead ahead = args.length > 1 && args[0].equals("check")
                ? CheckCommand.ahead(Arrays.asList(args).subList(1, args.length)) : null;
        Messages msg = Messages.load("servicelab.cli.cli", Locale.KOREAN);
        try {
            if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
                (args.length == 0 ? err : out).println(msg.get("usage"));
                return args.length == 0 ? 2 : 0;
            }
            if (args[0].equals("--version") || args[0].equals("version")) {
                out.println(msg.get("version", servicelab.model.Release.app(), servicelab.model.Release.KUBERNETES));
                return 0;
            }
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            if (COMMANDS.contains(args[0]) && asksForHelp(rest)) {
                out.println(help(msg, args[0]));
                return 0;
            }
            return switch (args[0]) {
                case "check" -> new CheckCommand(msg, out, err, ahead).run(rest);
                case "simulate", "resolve", "env", "route" -> new SimCommands(msg, out, err).run(args[0], rest);
                case "lessons" -> new LessonsCommand(msg, out, err).run(rest);
                case "kubectl" -> new KubectlCommand(msg, out, err).run(rest);
                case "cluster" -> new ClusterCommand(msg, out, err, servicelab.realcluster.Sources.REAL).run(rest);
                default -> {
                    err.println(msg.get("unknownCommand", args[0]));
                    err.println(msg.get("usage"));
                    yield 2;
                }
            };
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println(msg.get("internalError", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            return 3;
        }
    }
}
