package org.civicplan.cli;

import java.io.PrintWriter;
import java.util.List;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code civicplan} command-line tool. Exit codes: 0 success (no errors found), 1 findings
 * (the clarity check found errors, or a review was computed without store files that could not be
 * read), 2 unreadable input or another error, which is printed as one
 * message (Vietnamese by default, {@code --lang en} for English; the stack trace only with {@code
 * --verbose}).
 */
@Command(
        name = "civicplan",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Chương trình, kế hoạch, nhiệm vụ và chỉ tiêu thành dữ liệu kiểm tra được.",
            "Programs, plans, items and indicators as data that can be checked, tracked and reported."
        })
public final class CivicPlanCli implements Runnable {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    /** The commands' names, in the order the usage lists them. */
    static final List<String> COMMANDS =
            List.of("demo", "validate", "import", "export", "review", "calendar", "units", "form", "collect", "help");

    /** A new command named {@code name}; no other command's class is even loaded. */
    private static Object command(String name) {
        return switch (name) {
            case "demo" -> new DemoCommand();
            case "validate" -> new ValidateCommand();
            case "import" -> new ImportCommand();
            case "export" -> new ExportCommand();
            case "review" -> new ReviewCommand();
            case "calendar" -> new CalendarCommand();
            case "units" -> new UnitsCommand();
            case "form" -> new FormCommand();
            case "collect" -> new CollectCommand();
            case "help" -> new HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietLibraries(java.util.Arrays.asList(args).contains("--verbose"));
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the tool with the given streams; returns the exit code. Used by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code;
        try {
            // validate FILE and its plainest options without picocli (QuickValidate), as picocli would run it
            ValidateCommand quick = ValidateCommand.quick(args, out, err);
            code = quick != null ? runQuick(quick, err) : execute(args, out, err);
        } catch (OutOfMemoryError e) {
            // the command's data is unreachable once the error left it: there is room to say so
            boolean en = java.util.Arrays.asList(args).containsAll(List.of("--lang", "en"))
                    || java.util.Arrays.asList(args).contains("--lang=en");
            err.println(outOfMemory(en ? Lang.EN : Lang.VI));
            code = ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new ExecutionErrors());
        cli.setParameterExceptionHandler(new ParameterErrors());
        return cli.execute(args);
    }

    /** Runs a command read without picocli as picocli runs it: its result, or an error handled as by {@link ExecutionErrors}. */
    private static int runQuick(ValidateCommand command, PrintWriter err) {
        try {
            return command.call();
        } catch (Exception e) {
            return executionError(e, command.options(), err);
        }
    }

    /*
     * The two handlers are classes, not lambdas: picocli is compiled for Java 5, and a lambda that
     * implements one of its interfaces makes the class-data sharing archive leave out the interface,
     * the lambda and picocli's classes that use it, which are then read from picocli's jar on every
     * run (the launcher's archive, docs/cli.md "Start-up").
     */

    /** An error while a command ran: one message, exit 2. */
    private static final class ExecutionErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            return executionError(
                    e,
                    commandLine.getCommand() instanceof HasOptions o ? o.options() : new Options(),
                    commandLine.getErr());
        }
    }

    /** An error while a command ran, printed on {@code w}: exit 2. */
    private static int executionError(Exception e, Options options, PrintWriter w) {
        Lang lang = options.lang();
        if (e.getCause() instanceof OutOfMemoryError) {
            w.println(outOfMemory(lang));
            w.flush();
            return ERROR;
        }
        if (e instanceof CivicPlanException c) {
            w.println(prefix(lang) + c.getMessage(lang));
        } else {
            w.println(prefix(lang)
                    + (lang == Lang.VI ? "lỗi không mong đợi: " : "unexpected error: ")
                    + e
                    + (options.verbose
                            ? ""
                            : (lang == Lang.VI
                                    ? " (chạy lại với --verbose để xem chi tiết)"
                                    : " (run again with --verbose for details)")));
        }
        if (options.verbose) {
            e.printStackTrace(w);
        }
        w.flush();
        return ERROR;
    }

    /** A command line picocli could not understand: what was wrong and where to look, exit 2. */
    private static final class ParameterErrors implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args2) {
            PrintWriter w = ex.getCommandLine().getErr();
            Lang lang = langOf(args2);
            w.println(prefix(lang) + (lang == Lang.VI ? vi(ex) + " (" + ex.getMessage() + ")" : ex.getMessage()));
            // the qualified name: "civicplan units", or just "civicplan" for the tool itself
            w.println((lang == Lang.VI ? "Xem: " : "See: ")
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            w.flush();
            return ERROR;
        }
    }

    /**
     * The tool with the command {@code args} start with, or with every command (for the usage, {@code
     * help}, a name that is no command). picocli reads a command's annotations when it is added, a
     * good part of a short run such as {@code validate}; a run of one command never looks at the
     * others, so it behaves the same without them.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new CivicPlanCli());
        if (args.length > 0 && !args[0].equals("help") && COMMANDS.contains(args[0])) {
            cli.addSubcommand(command(args[0]));
        } else {
            for (String name : COMMANDS) {
                cli.addSubcommand(command(name));
            }
        }
        return cli;
    }

    /** What to do when the Java heap ran out (a very large file): exit 2 with this, not a stack trace. */
    static String outOfMemory(Lang lang) {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return lang == Lang.VI
                ? prefix(lang) + "không đủ bộ nhớ (Java được dùng tối đa " + mb + " MB) để xử lý dữ liệu này. Hãy chạy"
                        + " lại với nhiều bộ nhớ hơn, ví dụ: java -Xmx4g -jar civicplan.jar …, hoặc chia tệp thành các"
                        + " tệp nhỏ hơn (mỗi chương trình hoặc kế hoạch một tệp)."
                : prefix(lang) + "out of memory (Java may use at most " + mb + " MB) for this data. Run again with"
                        + " more memory, e.g. java -Xmx4g -jar civicplan.jar …, or split the file into smaller files"
                        + " (one per program or plan).";
    }

    /**
     * One logging channel: SLF4J (slf4j-simple, on standard error), with java.util.logging bridged
     * into it (jul-to-slf4j) and JBoss Logging (Hibernate Validator) told to use it. Officials see
     * results, not library chatter: at the default level only errors are logged, since the tool
     * prints what the user must know itself (a corrupted store file is warned about once, by the
     * tool, not again by the store's log); {@code --verbose} logs from INFO. Must run before the
     * first logger is created.
     *
     * <p>java.util.logging is configured by {@link JulToSlf4j} when something first uses it, not
     * here: starting it (the JDK's {@code LogManager}, its configuration file, a search of the class
     * path for a {@code System.LoggerFinder}) is work a run that never logs through it, such as
     * {@code validate}, need not do (docs/cli.md, "Start-up").
     */
    static void quietLibraries(boolean verbose) {
        String level = verbose ? "info" : "error";
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", level);
        setIfAbsent("org.jboss.logging.provider", "slf4j");
        JulToSlf4j.verbose = verbose;
        if (System.getProperty("java.util.logging.config.class") == null
                && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.config.class", JulToSlf4j.class.getName());
        } else {
            // the user's own java.util.logging configuration is read now, then the root logger's
            // handlers and level replaced as JulToSlf4j would set them
            org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
            org.slf4j.bridge.SLF4JBridgeHandler.install();
            java.util.logging.Logger.getLogger("").setLevel(JulToSlf4j.rootLevel());
        }
    }

    private static void setIfAbsent(String property, String value) {
        System.setProperty(property, System.getProperty(property, value));
    }

    /**
     * The java.util.logging configuration of the tool (named by {@code java.util.logging.config.class},
     * read by the JDK's {@code LogManager} when something first logs through java.util.logging): the
     * root logger's only handler is jul-to-slf4j's bridge, and it lets through as much as SLF4J will
     * print, SEVERE by default and INFO with {@code --verbose}.
     */
    public static final class JulToSlf4j {
        static volatile boolean verbose;

        /** Configures java.util.logging; called by the JDK's {@code LogManager}. */
        public JulToSlf4j() throws java.io.IOException {
            String config = "handlers=" + org.slf4j.bridge.SLF4JBridgeHandler.class.getName() + "\n" + ".level="
                    + rootLevel().getName() + "\n";
            java.util.logging.LogManager.getLogManager()
                    .readConfiguration(new java.io.ByteArrayInputStream(
                            config.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        }

        static java.util.logging.Level rootLevel() {
            return verbose ? java.util.logging.Level.INFO : java.util.logging.Level.SEVERE;
        }
    }

    /** The language asked for with {@code --lang en} or {@code --lang=en}, before the arguments were understood. */
    static Lang langOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String code = args[i].startsWith("--lang=")
                    ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (code != null) {
                try {
                    return Lang.fromCode(code);
                } catch (CivicPlanException e) {
                    return Lang.VI;
                }
            }
        }
        return Lang.VI;
    }

    /** What picocli found wrong with the command line, in Vietnamese. */
    private static String vi(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u
                && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            return first.startsWith("-")
                    ? "không có tùy chọn '" + first + "'"
                    : "không có lệnh hoặc tham số '" + first + "'";
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "thiếu "
                    + m.getMissing().stream()
                            .map(arg ->
                                    arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel())
                            .collect(java.util.stream.Collectors.joining(", "));
        }
        return "tham số không hợp lệ";
    }

    private static String prefix(Lang lang) {
        return lang == Lang.VI ? "civicplan: lỗi: " : "civicplan: error: ";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Commands expose their shared options so the error handler knows the language. */
    interface HasOptions {
        Options options();
    }

    /** Options every command takes. */
    static final class Options {
        @CommandLine.Option(
                names = "--lang",
                defaultValue = "vi",
                description = "Ngôn ngữ / language: vi (mặc định) hoặc en")
        String langCode = "vi";

        @CommandLine.Option(names = "--verbose", description = "In chi tiết lỗi / print error details (stack trace)")
        boolean verbose;

        Lang lang() {
            try {
                return Lang.fromCode(langCode);
            } catch (CivicPlanException e) {
                return Lang.VI;
            }
        }

        String t(String vi, String en) {
            return lang() == Lang.VI ? vi : en;
        }
    }
}
