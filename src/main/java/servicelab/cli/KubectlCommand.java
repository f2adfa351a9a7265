package servicelab.cli;

import servicelab.text.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import servicelab.kubectl.Kubectl;
import servicelab.kubectl.TextHost;
import servicelab.sim.World;
import servicelab.kubectl.LiveCluster;

/**
 * {@code servicelab kubectl [--seed N] [-f FILE]... -- KUBECTL-ARGS...}: one console command
 * against the cluster of the FILEs, printed exactly as the app's console shows it.
 */
final class KubectlCommand {
    private final Messages msg;
    private final PrintStream out;
    private final PrintStream err;

    KubectlCommand(Messages msg, PrintStream out, PrintStream err) {
        this.msg = msg;
        this.out = out;
        this.err = err;
    }

    private static Long seedOrNull(String v) {
        return servicelab.manifest.GoYaml.parseGoInt(v) instanceof Long l ? l : null;
    }

    int run(List<String> args) {
        long seed = 42;
        List<String> files = new ArrayList<>();
        List<String> command = null;
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (s.equals("--")) {
                command = args.subList(i + 1, args.size());
                break;
            }
            if ((s.equals("-f") || s.equals("--seed")) && i + 1 >= args.size()) {
                err.println(msg.get("missingValue", s));
                return 2;
            }
            switch (s) {
                case "-f" -> files.add(args.get(++i));
                case "--seed" -> {
                    Long n = seedOrNull(args.get(++i));
                    if (n == null) {
                        err.println(msg.get("badNumber", s, args.get(i)));
                        return 2;
                    }
                    seed = n;
                }
                default -> {
                    if (s.startsWith("--seed=")) {
                        Long n = seedOrNull(s.substring(7));
                        if (n == null) {
                            err.println(msg.get("badNumber", "--seed", s.substring(7)));
                            return 2;
                        }
                        seed = n;
                    } else {
                        err.println(msg.get("unknownOption", s));
                        return 2;
                    }
                }
            }
        }
        if (command == null || command.isEmpty()) {
            err.println(msg.get("usage.kubectl"));
            return 2;
        }
        StringBuilder text = joinFiles(files);
        if (text == null) {
            return 2;
        }
        Kubectl k = new Kubectl(new TextHost(new LiveCluster(World.defaults(), seed), text.toString()));
        Kubectl.Result r = k.run(command);
        // kubectl writes errors to stderr; the console shows both in order
        (r.exitCode() == 0 ? out : err).print(r.output());
        return r.exitCode();
    }

    /** The FILEs as one multi-document text, or null after reporting one that cannot be read. */
    private StringBuilder joinFiles(List<String> files) {
        StringBuilder text = new StringBuilder();
        for (String f : files) {
            try {
                String t = CheckCommand.read(Path.of(f));
                if (t == null) {
                    // the cluster starts from this text, so a file that is no text is a usage error
                    err.println(f + ": " + msg.get("notText"));
                    return null;
                }
                if (text.length() > 0) {
                    text.append(text.charAt(text.length() - 1) == '\n' ? "" : "\n").append("---\n");
                }
                text.append(t);
            } catch (IOException | RuntimeException e) {
                err.println(CheckCommand.unreadable(msg, f, e));
                return null;
            }
        }
        return text;
    }
}
