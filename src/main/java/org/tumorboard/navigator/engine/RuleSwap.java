package org.tumorboard.navigator.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tumorboard.navigator.conditions.Conditions;
import org.tumorboard.navigator.conditions.RuleConditions;

/**
 * A private copy of a rule set in which one rule at a time can be replaced by other DRL text, without rebuilding
 * the rule base (see {@link org.tumorboard.navigator.drools.DroolsRuleBase#replace}); {@link #restore()} puts the
 * original back. The conditions follow the replacement, so each consideration's basis and reasons are those of the
 * rule in place. For rule mutation testing. Not thread-safe; its {@link #engine()} evaluates whatever is in place.
 */
public final class RuleSwap {

    private final RuleSet original;
    private final RuleEngine engine;
    private String swapped;

    private RuleSwap(RuleSet ruleSet) {
        this.original = ruleSet;
        this.engine = new RuleEngine(ruleSet);
    }

    /** Loads its own copy of the rule set in a directory (one full build). */
    public static RuleSwap load(Path rulesDirectory) {
        return new RuleSwap(RuleSetLoader.load(rulesDirectory));
    }

    public RuleEngine engine() {
        return engine;
    }

    /** The rule set as loaded, its rules' texts and conditions unchanged by any replacement. */
    public RuleSet ruleSet() {
        return original;
    }

    /**
     * Replaces a rule by other text (from {@code rule "..."} to {@code end}; same name and metadata). Returns the
     * compiler's problems, with the original rule back in place, or an empty list once the replacement is in.
     * Replacing the same rule again swaps one replacement for the next without restoring in between.
     */
    public List<String> replace(String ruleId, String ruleText) {
        if (swapped != null && !swapped.equals(ruleId)) {
            restore();
        }
        RuleInfo rule = original.rule(ruleId).orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
        List<String> problems = original.ruleBase().replace(rule.title(), ruleText, rule.drl());
        swapped = problems.isEmpty() ? ruleId : null;
        follow(rule);
        return problems;
    }

    /** Puts the original of the replaced rule back. */
    public void restore() {
        if (swapped == null) {
            return;
        }
        RuleInfo rule = original.rule(swapped).orElseThrow();
        swapped = null;
        List<String> problems = original.ruleBase().replace(rule.title(), rule.drl(), rule.drl());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("cannot put back " + rule.id() + ": " + problems);
        }
        follow(rule);
    }

    /** The engine's rule set with the conditions of the rule now in the rule base. */
    private void follow(RuleInfo rule) {
        RuleConditions now = original.ruleBase().conditions(rule.title());
        List<RuleConditions> all = new ArrayList<>();
        original.conditions().all().forEach(c -> all.add(c.ruleId().equals(rule.id()) ? now : c));
        engine.replace(original.withConditions(new Conditions(all)));
    }
}
