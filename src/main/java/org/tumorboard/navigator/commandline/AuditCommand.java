package org.tumorboard.navigator.commandline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tumorboard.navigator.audit.AuditChain;
import org.tumorboard.navigator.audit.AuditLog;

/**
 * {@code audit verify [--head SEQUENCE:HASH]...}: checks the audit log's hash chain and the reviews and comments it
 * binds, against the configured database, and that each given head (as an export or release printed it) is still in
 * the chain. Prints one line (intact, with the head; or the first problem) and then every problem; exit 1 if any.
 */
final class AuditCommand {

    static final String USAGE = "audit verify [--head SEQUENCE:HASH]...";

    private AuditCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Path rulesDir) {
        List<String> words = CommandDatabase.withoutSettings(args);
        if (words.isEmpty() || !words.get(0).equals("verify")) {
            err.println("usage: java -jar tumor-board.jar " + USAGE);
            return Commands.INVALID_INPUT;
        }
        List<AuditLog.Head> heads = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String head = words.get(i).startsWith("--head=") ? words.get(i).substring("--head=".length())
                    : words.get(i).equals("--head") && i + 1 < words.size() ? words.get(++i) : null;
            if (head == null || !head.matches("\\d+:[0-9a-f]{64}")) {
                err.println("--head: SEQUENCE:HASH as an export printed it (e.g. 42:" + "0".repeat(64) + ")");
                return Commands.INVALID_INPUT;
            }
            heads.add(new AuditLog.Head(Long.parseLong(head.substring(0, head.indexOf(':'))),
                    head.substring(head.indexOf(':') + 1)));
        }
        try (CommandDatabase database = CommandDatabase.open(CommandDatabase.settings(args))) {
            AuditChain.Verification verification = database.bean(AuditChain.class).verify(heads);
            out.println(verification.summary());
            verification.problems().forEach(p -> out.println("  " + p));
            out.flush();
            return verification.intact() ? Commands.OK : Commands.FAILED;
        }
    }
}
