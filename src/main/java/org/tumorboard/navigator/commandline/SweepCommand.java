package org.tumorboard.navigator.commandline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSetException;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.rulecheck.Sweep;
import org.tumorboard.navigator.rulecheck.SweepReport;

/**
 * {@code sweep [RULES_DIR] [--exhaustive F,G] [--seed N]}: checks the invariants of {@code invariants.yaml} over the
 * generated case library; each violation with a smallest case, then {@code N cases, M invariants, K violations}.
 * Exit 1 on any violation or if the rule set does not load.
 */
final class SweepCommand {

    static final String USAGE = "sweep [RULES_DIR] [--exhaustive FIELD,FIELD,...] [--seed N]";

    private SweepCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Path defaultRules) {
        CommandOptions options;
        try {
            options = CommandOptions.parse(args, Set.of(), Set.of("--exhaustive", "--seed"));
            if (options.positional().size() > 1) {
                throw new IllegalArgumentException("usage: java -jar tumor-board.jar " + USAGE);
            }
            options.seed();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Commands.INVALID_INPUT;
        }
        Path dir = options.positional().isEmpty() ? defaultRules : Path.of(options.positional().get(0));
        SweepReport report;
        try {
            report = new Sweep(CaseReader.withDefaultValidator()).run(RuleEngine.load(dir), options.seed(), options.exhaustive());
        } catch (RuleSetException e) {
            e.problems().forEach(err::println);
            return Commands.FAILED;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Commands.INVALID_INPUT;
        }
        report.lines().forEach(out::println);
        out.flush();
        return report.ok() ? Commands.OK : Commands.FAILED;
    }
}
