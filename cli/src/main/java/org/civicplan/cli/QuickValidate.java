package org.civicplan.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plainest {@code validate} command lines, read without picocli: {@code validate FILE} with any
 * of {@code --lang}, {@code --store}, {@code --portfolio}, {@code --stage}, {@code --plan}, {@code
 * --format} (as {@code --name value} or {@code --name=value}, each at most once) and {@code
 * --verbose} (once), in any order. picocli reads every command's annotations through reflection and
 * makes a proxy class for each annotation type, a good part of a short run's start-up (docs/cli.md,
 * "Start-up"); these command lines set the same fields picocli would, and the command then runs as
 * it would under picocli. Anything else (help, an option not listed, one given twice, a value that
 * starts with {@code -}, an {@code @file} argument, a second file, any {@code picocli.*} system
 * property) is left to picocli, which then behaves as before. {@code CivicPlanCliTest} runs both ways
 * over many command lines and compares what they print and their exit codes.
 */
final class QuickValidate {
    /** The options taking a value, as {@link ValidateCommand} and {@link CivicPlanCli.Options} declare them. */
    static final List<String> VALUED = List.of("--lang", "--store", "--portfolio", "--stage", "--plan", "--format");

    /** Set by tests to read every command line with picocli, to compare. */
    static volatile boolean disabled;

    private QuickValidate() {}

    /** The command with the fields picocli would set from {@code args}, or null when picocli must read them. */
    static ValidateCommand read(String[] args) {
        if (disabled || args.length < 2 || !args[0].equals("validate") || picocliProperties()) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        boolean verbose = false;
        String file = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@")) {
                return null; // picocli reads arguments from that file
            }
            if (!arg.startsWith("-")) {
                if (file != null) {
                    return null;
                }
                file = arg;
            } else if (arg.equals("--verbose")) {
                if (verbose) {
                    return null;
                }
                verbose = true;
            } else {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                if (!VALUED.contains(name) || values.containsKey(name)) {
                    return null;
                }
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("-") && !args[i + 1].startsWith("@")) {
                    value = args[++i];
                } else {
                    return null;
                }
                values.put(name, value);
            }
        }
        if (file == null) {
            return null;
        }
        ValidateCommand command = new ValidateCommand();
        try {
            command.file = Path.of(file);
        } catch (InvalidPathException e) {
            return null;
        }
        command.options.verbose = verbose;
        command.options.langCode = values.getOrDefault("--lang", command.options.langCode);
        command.store = values.getOrDefault("--store", command.store);
        command.portfolio = values.getOrDefault("--portfolio", command.portfolio);
        command.stage = values.getOrDefault("--stage", command.stage);
        command.plan = values.getOrDefault("--plan", command.plan);
        command.format = values.getOrDefault("--format", command.format);
        return command;
    }

    /** Whether a {@code picocli.*} system property may change how picocli reads a command line. */
    private static boolean picocliProperties() {
        for (Object key : System.getProperties().keySet()) {
            if (key instanceof String name && name.startsWith("picocli.")) {
                return true;
            }
        }
        return false;
    }
}
