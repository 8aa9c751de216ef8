package org.tumorboard.navigator.commandline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tumorboard.navigator.rulecheck.CaseLibrary;

/**
 * A subcommand's arguments: positional ones, flags ({@code --json}) and options with a value
 * ({@code --exhaustive a,b} or {@code --exhaustive=a,b}). Anything not declared is an error naming it.
 */
final class CommandOptions {

    private final List<String> positional = new ArrayList<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> values = new HashMap<>();

    private CommandOptions() {
    }

    /** Parses {@code args}; throws {@link IllegalArgumentException} with a message for the user. */
    static CommandOptions parse(List<String> args, Set<String> knownFlags, Set<String> knownValues) {
        CommandOptions options = new CommandOptions();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                options.positional.add(arg);
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (knownFlags.contains(name) && !arg.contains("=")) {
                options.flags.add(name);
            } else if (knownValues.contains(name)) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : i + 1 < args.size() ? args.get(++i) : null;
                if (value == null || value.isBlank()) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                options.values.put(name, value);
            } else {
                throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return options;
    }

    List<String> positional() {
        return positional;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** {@code --seed N}, or the library's default seed. */
    long seed() {
        String seed = values.get("--seed");
        try {
            return seed == null ? CaseLibrary.DEFAULT_SEED : Long.parseLong(seed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a whole number, got " + seed);
        }
    }

    /** {@code --exhaustive a,b,c}, or none. */
    List<String> exhaustive() {
        return value("--exhaustive").map(CaseLibrary::fieldList).orElse(List.of());
    }
}
