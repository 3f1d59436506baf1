package com.ssprviewer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed arguments of one command: {@code --name value} or {@code --name=value} options (repeatable), flags, and
 * positional values. Only the options and flags a command declares are accepted.
 */
final class Args {

    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {
    }

    static Args parse(List<String> args, Set<String> optionNames, Set<String> flagNames) throws UsageException {
        Args parsed = new Args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                parsed.positional.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!a.startsWith("--") || a.length() == 2) {
                parsed.positional.add(a);
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flagNames.contains(name) && value == null) {
                parsed.flags.add(name);
            } else if (optionNames.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return parsed;
    }

    Optional<String> option(String name) throws UsageException {
        List<String> values = options.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new UsageException("--" + name + " may be given only once");
        }
        return values.stream().findFirst();
    }

    /** Every value of a repeatable option as given, commas kept (for texts such as details). */
    List<String> texts(String name) {
        return List.copyOf(options.getOrDefault(name, List.of()));
    }

    /** Every value of a repeatable option, comma-separated values split. */
    List<String> values(String name) {
        List<String> out = new ArrayList<>();
        for (String v : options.getOrDefault(name, List.of())) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> positional() {
        return positional;
    }
}
