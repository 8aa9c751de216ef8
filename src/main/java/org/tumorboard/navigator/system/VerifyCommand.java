package org.tumorboard.navigator.system;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.rulecheck.RuleSetVerifier;
import org.tumorboard.navigator.rulecheck.Verification;

/**
 * {@code verify [RULES_DIR]}: loads and checks the rule set and runs every scenario; one line per failure, then
 * {@code N passed, M failed}; exit 1 on any failure.
 */
final class VerifyCommand {

    private VerifyCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Path rulesDir) {
        Path dir = args.isEmpty() ? rulesDir : Path.of(args.get(0));
        Verification verification = new RuleSetVerifier(CaseReader.withDefaultValidator()).verify(dir);
        verification.lines().forEach(out::println);
        out.flush();
        return verification.ok() ? Commands.OK : Commands.FAILED;
    }
}
