package org.tumorboard.navigator.commandline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSetException;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.rulecheck.RuleSetVerifier;
import org.tumorboard.navigator.rulecheck.Verification;
import org.tumorboard.navigator.signoff.ReleaseGate;
import org.tumorboard.navigator.signoff.ReviewProperties;
import org.tumorboard.navigator.signoff.ReviewRepository;

/**
 * {@code verify [--require-approved] [RULES_DIR]}: loads and checks the rule set and runs every scenario; one line
 * per failure (a scenario whose output differs from its approved output included, as a diff), then
 * {@code N passed, M failed}; exit 1 on any failure. {@code --approve} first writes the approved output of every
 * scenario ({@code approved-output.yaml} in the rules directory). With {@code --require-approved} (the
 * release gate) it also reads the configured database (settings as for the web app, e.g.
 * {@code --spring.profiles.active=postgres}) and fails, listing each one, unless every rule is {@code APPROVED}
 * on its current fingerprint.
 */
final class VerifyCommand {

    static final String USAGE = "verify [--require-approved] [--approve] [RULES_DIR]";
    static final String REQUIRE_APPROVED = "--require-approved";
    static final String APPROVE = "--approve";

    private VerifyCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Path rulesDir) {
        List<String> words = CommandDatabase.withoutSettings(args);
        boolean gate = words.contains(REQUIRE_APPROVED);
        boolean approve = words.contains(APPROVE);
        List<String> dirs = words.stream().filter(w -> !w.equals(REQUIRE_APPROVED) && !w.equals(APPROVE)).toList();
        if (dirs.size() > 1 || dirs.stream().anyMatch(d -> d.startsWith("--"))) {
            err.println("usage: java -jar tumor-board.jar " + USAGE);
            return Commands.INVALID_INPUT;
        }
        Path dir = dirs.isEmpty() ? rulesDir : Path.of(dirs.get(0));
        RuleEngine engine;
        try {
            engine = RuleEngine.load(dir);
        } catch (RuleSetException e) {
            new Verification(e.problems(), List.of()).lines().forEach(out::println);
            out.flush();
            return Commands.FAILED;
        }
        RuleSetVerifier verifier = new RuleSetVerifier(CaseReader.withDefaultValidator());
        Verification verification = approve ? verifier.approveAndVerify(engine) : verifier.verify(engine);
        verification.lines().forEach(out::println);
        boolean passed = verification.ok();
        if (gate) {
            try (CommandDatabase database = CommandDatabase.open(CommandDatabase.settings(args))) {
                List<String> lines = ReleaseGate.check(engine.ruleSet(), database.bean(ReviewRepository.class),
                        database.bean(ReviewProperties.class).approvalsRequired());
                lines.forEach(out::println);
                passed &= ReleaseGate.passed(lines);
            }
        }
        out.flush();
        return passed ? Commands.OK : Commands.FAILED;
    }
}
