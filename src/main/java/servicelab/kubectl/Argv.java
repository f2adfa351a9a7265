package servicelab.kubectl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command line split the way a shell splits it, and a command's arguments parsed the way
 * kubectl's (cobra's) flag parser does: flags anywhere, {@code --flag=value}, {@code --flag value},
 * {@code -o yaml}, {@code -oyaml}, and everything after {@code --} kept for exec.
 */
final class Argv {
    final List<String> positional = new ArrayList<>();
    final Map<String, List<String>> flags = new LinkedHashMap<>();
    /** The words after a bare {@code --} (exec's command), or null. */
    List<String> rest;

    /** Splits a console line into words: quotes group, backslash escapes. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    w.append(line.charAt(++i));
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                w.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }

    /** The value of a bare {@code --dry-run} (kubectl takes it as client, with a deprecation warning). */
    static final String UNCHANGED = "unchanged";

    /** Thrown for a flag kubectl would not accept; the message is kubectl's. */
    static final class BadFlag extends Exception {
        BadFlag(String message) {
            super(message);
        }
    }

    /**
     * Parses args. {@code valued} holds flags that take a value (long names with "--", short
     * ones with "-"), {@code bool} flags that take none; {@code aliases} maps short to long names.
     */
    static Argv parse(List<String> args, Set<String> valued, Set<String> bool, Map<String, String> aliases) throws BadFlag {
        Argv a = new Argv();
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (s.equals("--")) {
                a.rest = new ArrayList<>(args.subList(i + 1, args.size()));
                break;
            }
            if (!s.startsWith("-") || s.equals("-")) {
                a.positional.add(s);
                continue;
            }
            String name;
            String value = null;
            if (s.startsWith("--")) {
                int eq = s.indexOf('=');
                name = eq < 0 ? s : s.substring(0, eq);
                value = eq < 0 ? null : s.substring(eq + 1);
            } else {
                // short flags: -o yaml, -oyaml, -o=yaml, -it (two booleans)
                name = s.substring(0, 2);
                String tail = s.substring(2);
                if (!tail.isEmpty()) {
                    if (valued.contains(name)) {
                        value = tail.startsWith("=") ? tail.substring(1) : tail;
                    } else {
                        for (char c : tail.toCharArray()) {
                            String more = "-" + c;
                            if (!bool.contains(more)) {
                                throw new BadFlag("unknown shorthand flag: '" + c + "' in " + s);
                            }
                            a.put(aliases.getOrDefault(more, more), "true");
                        }
                    }
                }
            }
            String key = aliases.getOrDefault(name, name);
            if (value == null && name.equals("--dry-run") && valued.contains(name)) {
                // pflag's NoOptDefVal: a bare --dry-run means "unchanged" and never takes the next word
                a.put(key, UNCHANGED);
                continue;
            }
            if (valued.contains(name) || valued.contains(key)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new BadFlag("flag needs an argument: " + (name.startsWith("--") ? name
                                : "'" + name.charAt(1) + "' in " + name));
                    }
                    value = args.get(++i);
                }
                a.put(key, value);
            } else if (bool.contains(name) || bool.contains(key)) {
                a.put(key, value == null ? "true" : value);
            } else {
                throw new BadFlag(name.startsWith("--") ? "unknown flag: " + name
                        : "unknown shorthand flag: '" + name.charAt(1) + "' in " + s);
            }
        }
        return a;
    }

    private void put(String key, String value) {
        flags.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    String get(String key) {
        List<String> v = flags.get(key);
        return v == null ? null : v.get(v.size() - 1);
    }

    /**
     * An int flag as pflag reads it (strconv.ParseInt base 0 into {@code bits} bits); null when absent.
     *
     * @param shown the flag as pflag names it in errors ("--replicas", or "-r, --replicas" with a shorthand)
     */
    Long intFlag(String key, String shown, int bits) throws BadFlag {
        String v = get(key);
        if (v == null) {
            return null;
        }
        Object n = servicelab.manifest.GoYaml.parseGoInt(v);
        boolean syntax = n == null && !v.replace("_", "").replaceFirst("^[-+]", "").matches("(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)");
        if (n instanceof Long l && (bits == 64 || l >= -(1L << (bits - 1)) && l < (1L << (bits - 1)))) {
            return l;
        }
        throw new BadFlag("invalid argument \"" + v + "\" for \"" + shown + "\" flag: strconv.ParseInt: parsing "
                + servicelab.text.GoStrings.quote(v) + ": " + (syntax ? "invalid syntax" : "value out of range"));
    }

    List<String> all(String key) {
        return flags.getOrDefault(key, List.of());
    }

    boolean has(String key) {
        return flags.containsKey(key) && !"false".equals(get(key));
    }
}
