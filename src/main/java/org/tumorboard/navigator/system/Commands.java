package org.tumorboard.navigator.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSetException;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.intake.InvalidCaseException;
import org.tumorboard.navigator.rulecheck.RuleSetVerifier;
import org.tumorboard.navigator.rulecheck.Verification;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line, run without starting the web server:
 * <ul>
 *   <li>{@code evaluate FILE...}: one evaluation per line (JSON Lines) in argument order, exit 0. Every file is
 *   read and checked first; if any is invalid, each invalid one gets a line on stderr naming the file and the
 *   field, nothing is printed on stdout, and the exit status is 2.</li>
 *   <li>{@code verify [RULES_DIR]}: loads and checks the rule set and runs every scenario; one line per failure,
 *   then {@code N passed, M failed}; exit 1 on any failure.</li>
 * </ul>
 * The rules directory is {@code rules} in the working directory unless the {@code tumorboard.rules-dir} system
 * property or the {@code TUMORBOARD_RULES_DIR} environment variable says otherwise.
 */
public final class Commands {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;

    private static final List<String> NAMES = List.of("evaluate", "verify", "impact", "sweep", "mutate");

    private final PrintStream out;
    private final PrintStream err;
    private final Path defaultRules;

    public Commands(PrintStream out, PrintStream err, Path defaultRules) {
        this.out = out;
        this.err = err;
        this.defaultRules = defaultRules;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    /** The rules directory from the system property, the environment, or {@code rules}. */
    public static Path configuredRulesDirectory() {
        String dir = System.getProperty("tumorboard.rules-dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("TUMORBOARD_RULES_DIR");
        }
        return Path.of(dir == null || dir.isBlank() ? "rules" : dir);
    }

    /** Entry point from {@code main}: quiet logging, real streams, configured rules directory. */
    public static int runFromMain(String[] args) {
        QuietLogging.errorsToStderr();
        return new Commands(System.out, System.err, configuredRulesDirectory()).run(args);
    }

    public int run(String[] args) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "evaluate" -> evaluate(rest);
            case "verify" -> verify(rest);
            case "impact" -> new ImpactCommand(out, err, defaultRules).run(rest);
            case "sweep" -> new SweepCommand(out, err, defaultRules).run(rest);
            case "mutate" -> new MutateCommand(out, err, defaultRules).run(rest);
            default -> usage();
        };
    }

    private int evaluate(List<String> files) {
        if (files.isEmpty()) {
            return usage();
        }
        CaseReader reader = CaseReader.withDefaultValidator();
        List<CaseFacts> cases = new ArrayList<>();
        boolean invalid = false;
        for (String file : files) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                cases.add(reader.read(in));
            } catch (InvalidCaseException e) {
                invalid = true;
                err.println(file + ": " + e.problems().stream().map(FieldProblem::toString)
                        .reduce((a, b) -> a + "; " + b).orElse("invalid"));
            } catch (NoSuchFileException e) {
                invalid = true;
                err.println(file + ": no such file");
            } catch (IOException e) {
                invalid = true;
                err.println(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (invalid) {
            return INVALID_INPUT;
        }
        RuleEngine engine;
        try {
            engine = RuleEngine.load(defaultRules);
        } catch (RuleSetException e) {
            e.problems().forEach(err::println);
            return FAILED;
        }
        JsonMapper json = JsonMapper.builder().build();
        for (CaseFacts facts : cases) {
            Evaluation evaluation = engine.evaluate(facts);
            out.println(json.writeValueAsString(evaluation));
        }
        out.flush();
        return OK;
    }

    private int verify(List<String> arguments) {
        List<String> args = new ArrayList<>(arguments);
        boolean approve = args.remove("--approve");
        if (args.size() > 1) {
            return usage();
        }
        Path dir = args.isEmpty() ? defaultRules : Path.of(args.get(0));
        RuleSetVerifier verifier = new RuleSetVerifier(CaseReader.withDefaultValidator());
        Verification verification = approve ? verifier.approveAndVerify(dir) : verifier.verify(dir);
        verification.lines().forEach(out::println);
        out.flush();
        return verification.ok() ? OK : FAILED;
    }

    private int usage() {
        err.println("usage: java -jar tumor-board.jar [evaluate FILE... | verify [RULES_DIR] [--approve] | " + ImpactCommand.USAGE
                + " | " + SweepCommand.USAGE + " | " + MutateCommand.USAGE + "]   (no arguments: start the web app)");
        return INVALID_INPUT;
    }
}
