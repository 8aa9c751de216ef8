package org.tumorboard.navigator.commandline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSetException;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.rulecheck.ImpactAnalysis;
import org.tumorboard.navigator.rulecheck.ImpactReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code impact OLD_RULES_DIR [NEW_RULES_DIR] [--json] [--exhaustive F,G] [--seed N]}: evaluates both rule sets
 * (the new one defaults to the configured rules directory) over the scenario cases and the generated library and
 * prints what changed, ending with {@code N cases compared, M changed}. Exit 0; 1 if a rule set does not load.
 */
final class ImpactCommand {

    static final String USAGE = "impact OLD_RULES_DIR [NEW_RULES_DIR] [--json] [--exhaustive FIELD,FIELD,...] [--seed N]";

    private ImpactCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Path defaultRules) {
        CommandOptions options;
        try {
            options = CommandOptions.parse(args, Set.of("--json"), Set.of("--exhaustive", "--seed"));
            if (options.positional().isEmpty() || options.positional().size() > 2) {
                throw new IllegalArgumentException("usage: java -jar tumor-board.jar " + USAGE);
            }
            options.seed();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Commands.INVALID_INPUT;
        }
        Path before = Path.of(options.positional().get(0));
        Path after = options.positional().size() > 1 ? Path.of(options.positional().get(1)) : defaultRules;
        RuleEngine old;
        RuleEngine fresh;
        try {
            old = RuleEngine.load(before);
            fresh = RuleEngine.load(after);
        } catch (RuleSetException e) {
            e.problems().forEach(err::println);
            return Commands.FAILED;
        }
        ImpactReport report;
        try {
            report = new ImpactAnalysis(CaseReader.withDefaultValidator())
                    .compare(old, fresh, options.seed(), options.exhaustive());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Commands.INVALID_INPUT;
        }
        if (options.flag("--json")) {
            out.println(JsonMapper.builder().build().writeValueAsString(report));
        } else {
            report.lines().forEach(out::println);
        }
        out.flush();
        return Commands.OK;
    }
}
