package org.tumorboard.navigator.signoff;

import java.util.List;
import java.util.Map;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;

/**
 * The release gate of {@code verify --require-approved}: every rule of the rule set must be {@code APPROVED} on
 * its current fingerprint, as recorded in the configured database.
 */
public final class ReleaseGate {

    private ReleaseGate() {
    }

    /** One line per rule that is not approved ({@code file:line: rule ID: STATUS ...}), then a tally line. */
    public static List<String> check(RuleSet ruleSet, ReviewRepository repository, int approvalsRequired) {
        Map<String, RuleReview> states = RuleReview.of(ruleSet, repository.allReviews(), approvalsRequired);
        List<String> lines = new java.util.ArrayList<>();
        for (RuleInfo rule : ruleSet.rules()) {
            RuleReview state = states.get(rule.id());
            if (state.needsAttention()) {
                lines.add(rule.file() + ":" + rule.line() + ": rule " + rule.id() + " is " + state.status()
                        + ", not APPROVED (" + state.approvals() + " of " + approvalsRequired
                        + " approvals on fingerprint " + state.fingerprint().substring(0, 12) + ")");
            }
        }
        long approved = states.values().stream().filter(s -> !s.needsAttention()).count();
        lines.add("release gate: " + approved + " of " + states.size() + " rules approved on their current fingerprint");
        return lines;
    }

    /** Whether {@link #check} found every rule approved. */
    public static boolean passed(List<String> lines) {
        return lines.size() == 1;
    }
}
