package org.tumorboard.navigator.commandline;

import org.tumorboard.navigator.engine.RuleSetLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: a small dispatcher over the subcommands in {@link #SUBCOMMANDS}, run without starting the web
 * server.
 * <ul>
 *   <li>{@code java -jar tumor-board.jar SUBCOMMAND ARGS...} runs the subcommand and exits with its status.</li>
 *   <li>{@code help}, {@code --help} or {@code -h} anywhere: the usage on stdout, exit 0.</li>
 *   <li>A word that is not a subcommand ({@code evalute x.json}), or a subcommand with too few or too many
 *   arguments: a message and the usage on stderr, exit 2.</li>
 *   <li>No arguments, or only {@code --name[=value]} options (Spring properties such as {@code --server.port=9090}):
 *   the web app starts, see {@link #handles}.</li>
 * </ul>
 * To add a subcommand, write its handler (a static method {@code int run(List<String> args, PrintStream out,
 * PrintStream err, Path rulesDir)}, in any package: it uses only JDK types) and add one line to
 * {@link #SUBCOMMANDS}.
 * The rules directory is {@code rules} in the working directory unless the {@code tumorboard.rules-dir} system
 * property or the {@code TUMORBOARD_RULES_DIR} environment variable says otherwise.
 */
public final class Commands {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;

    /** What a subcommand does with its arguments (those after its name); returns the exit status. */
    @FunctionalInterface
    interface Handler {
        int run(List<String> args, PrintStream out, PrintStream err, Path rulesDir);
    }

    /**
     * One subcommand: its name, its usage line (name and arguments), what it does in a few words, how many
     * arguments it takes ({@code maxArgs} -1: no limit), and its handler.
     */
    record Subcommand(String name, String usage, String summary, int minArgs, int maxArgs, Handler handler) {

        boolean accepts(int count) {
            return count >= minArgs && (maxArgs < 0 || count <= maxArgs);
        }
    }

    /** Every subcommand, one line each, in the order the usage lists them. */
    static final Map<String, Subcommand> SUBCOMMANDS = register(
            new Subcommand("evaluate", "evaluate FILE...", "one evaluation per case file, as JSON Lines", 1, -1,
                    EvaluateCommand::run),
            new Subcommand("verify", VerifyCommand.USAGE,
                    "check the rule set and run every scenario; --require-approved: and every rule approved", 0, -1,
                    VerifyCommand::run),
            new Subcommand("user", UserCommand.USAGE, "manage accounts (password on standard input)", 1, -1,
                    UserCommand::run),
            new Subcommand("audit", AuditCommand.USAGE, "check the audit log's hash chain and the records it binds", 1,
                    -1, AuditCommand::run),
            new Subcommand("impact", ImpactCommand.USAGE, "what changes between two rule sets", 1, -1, ImpactCommand::run),
            new Subcommand("sweep", SweepCommand.USAGE, "check the invariants over the generated case library", 0, -1,
                    SweepCommand::run),
            new Subcommand("mutate", MutateCommand.USAGE, "rule mutation testing: how strong the scenarios are", 0, 1,
                    MutateCommand::run));

    private static final Set<String> HELP = Set.of("help", "--help", "-h");

    private final PrintStream out;
    private final PrintStream err;
    private final Path defaultRules;

    public Commands(PrintStream out, PrintStream err, Path defaultRules) {
        this.out = out;
        this.err = err;
        this.defaultRules = defaultRules;
    }

    private static Map<String, Subcommand> register(Subcommand... subcommands) {
        Map<String, Subcommand> byName = new LinkedHashMap<>();
        for (Subcommand subcommand : subcommands) {
            if (byName.put(subcommand.name(), subcommand) != null) {
                throw new IllegalStateException("two subcommands named " + subcommand.name());
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    /**
     * Whether the command line handles these arguments (a subcommand, help, or a mistake) instead of the web app.
     * The web app starts with no arguments or with only {@code --name[=value]} options other than {@code --help}.
     */
    public static boolean handles(String[] args) {
        return !Arrays.stream(args).allMatch(arg -> arg.startsWith("--") && !HELP.contains(arg));
    }

    /** The rules directory from the system property, the environment, or {@code rules}. */
    public static Path configuredRulesDirectory() {
        String dir = System.getProperty("tumorboard.rules-dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("TUMORBOARD_RULES_DIR");
        }
        return Path.of(dir == null || dir.isBlank() ? RuleSetLoader.DEFAULT_DIRECTORY : dir);
    }

    /** Entry point from {@code main}: quiet logging, real streams, configured rules directory. */
    public static int runFromMain(String[] args) {
        QuietLogging.errorsToStderr();
        return new Commands(System.out, System.err, configuredRulesDirectory()).run(args);
    }

    /** Runs the subcommand that {@code args} name; {@code args} must not be empty. */
    public int run(String[] args) {
        if (Arrays.stream(args).anyMatch(HELP::contains)) {
            usage(out);
            return OK;
        }
        Subcommand subcommand = SUBCOMMANDS.get(args[0]);
        if (subcommand == null) {
            err.println(args[0].startsWith("--") ? "a subcommand comes first, before any --option"
                    : "unknown command '" + args[0] + "'");
            usage(err);
            return INVALID_INPUT;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (!subcommand.accepts(rest.size())) {
            err.println("usage: java -jar tumor-board.jar " + subcommand.usage());
            return INVALID_INPUT;
        }
        return subcommand.handler().run(rest, out, err, defaultRules);
    }

    private static void usage(PrintStream stream) {
        stream.println("usage: java -jar tumor-board.jar [SUBCOMMAND ARGS... | --name=value...]");
        stream.println("  (no subcommand: start the web app; --name=value sets a property, e.g. --server.port=9090)");
        int width = SUBCOMMANDS.values().stream().mapToInt(s -> s.usage().length()).max().orElse(0);
        for (Subcommand subcommand : SUBCOMMANDS.values()) {
            stream.println("  " + String.format("%-" + width + "s", subcommand.usage()) + "   " + subcommand.summary());
        }
        stream.println("  " + String.format("%-" + width + "s", "help") + "   this text");
        stream.flush();
    }
}
