package org.tumorboard.navigator.system;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.rulecheck.RuleSetVerifier;
import org.tumorboard.navigator.rulecheck.Verification;

/**
 * {@code verify [RULES_DIR] [--approve]}: loads and checks the rule set and runs every scenario; one line per
 * failure (a scenario whose output differs from its approved output included, as a diff), then
 * {@code N passed, M failed}; exit 1 on any failure. {@code --approve} first writes the approved output of every
 * scenario ({@code approved-output.yaml} in the rules directory).
 */
final class VerifyCommand {

    static final String USAGE = "verify [RULES_DIR] [--approve]";

    private VerifyCommand() {
    }

    static int run(List<String> arguments, PrintStream out, PrintStream err, Path rulesDir) {
        List<String> args = new ArrayList<>(arguments);
        boolean approve = args.remove("--approve");
        if (args.size() > 1 || args.stream().anyMatch(a -> a.startsWith("--"))) {
            err.println("usage: java -jar tumor-board.jar " + USAGE);
            return Commands.INVALID_INPUT;
        }
        Path dir = args.isEmpty() ? rulesDir : Path.of(args.get(0));
        RuleSetVerifier verifier = new RuleSetVerifier(CaseReader.withDefaultValidator());
        Verification verification = approve ? verifier.approveAndVerify(dir) : verifier.verify(dir);
        verification.lines().forEach(out::println);
        out.flush();
        return verification.ok() ? Commands.OK : Commands.FAILED;
    }
}
