package org.xuequ.engine.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of one subcommand, checked against the names it accepts. */
final class Arguments {

    private final Map<String, String> values = new LinkedHashMap<>();

    Arguments(String[] args, int from, Set<String> valued, Set<String> flags) throws InputError {
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new InputError("unexpected argument " + arg);
            }
            String name = arg.substring(2);
            String value;
            if (flags.contains(name)) {
                value = "true";
            } else if (valued.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new InputError(arg + " needs a value");
                }
                value = args[++i];
            } else {
                throw new InputError("unknown option " + arg);
            }
            if (values.put(name, value) != null) {
                throw new InputError(arg + " is given twice");
            }
        }
    }

    String get(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String require(String name) throws InputError {
        String value = values.get(name);
        if (value == null) {
            throw new InputError("--" + name + " is required");
        }
        return value;
    }
}
