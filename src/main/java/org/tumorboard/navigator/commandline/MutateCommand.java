package org.tumorboard.navigator.commandline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.tumorboard.navigator.engine.RuleSetException;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.rulecheck.MutationReport;
import org.tumorboard.navigator.rulecheck.MutationTesting;

/**
 * {@code mutate [RULES_DIR]}: rule mutation testing. One line per consideration rule (killed/mutants, score), one
 * per surviving mutant (a one-line DRL diff), then the overall score. Exit 1 if it is under the required score or
 * the rule set does not load.
 */
final class MutateCommand {

    static final String USAGE = "mutate [RULES_DIR]";

    private MutateCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Path defaultRules) {
        CommandOptions options;
        try {
            options = CommandOptions.parse(args, Set.of(), Set.of());
            if (options.positional().size() > 1) {
                throw new IllegalArgumentException("usage: java -jar tumor-board.jar " + USAGE);
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Commands.INVALID_INPUT;
        }
        Path dir = options.positional().isEmpty() ? defaultRules : Path.of(options.positional().get(0));
        MutationReport report;
        try {
            report = new MutationTesting(CaseReader.withDefaultValidator()).run(dir);
        } catch (RuleSetException e) {
            e.problems().forEach(err::println);
            return Commands.FAILED;
        }
        report.lines().forEach(out::println);
        out.flush();
        return report.ok() ? Commands.OK : Commands.FAILED;
    }
}
