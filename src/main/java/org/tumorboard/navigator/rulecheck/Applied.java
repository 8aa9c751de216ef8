package org.tumorboard.navigator.rulecheck;

import java.util.Set;
import java.util.TreeSet;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleSet;

/**
 * The rules that apply to an evaluated case: every consideration rule whose consideration is in the result, and
 * every derivation rule that fired. (A consideration rule can fire and have its conclusion withdrawn in the same
 * evaluation, when a {@code not} pattern stops holding; it does not apply.)
 */
final class Applied {

    private Applied() {
    }

    static Set<String> of(Evaluation evaluation, RuleSet ruleSet) {
        Set<String> applied = new TreeSet<>();
        for (String id : evaluation.firedRules()) {
            if (ruleSet.rule(id).map(r -> r.derivation()).orElse(false)) {
                applied.add(id);
            }
        }
        evaluation.considerations().stream().map(Consideration::ruleId).forEach(applied::add);
        return applied;
    }
}
