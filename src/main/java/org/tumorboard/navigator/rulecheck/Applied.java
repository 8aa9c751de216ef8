package org.tumorboard.navigator.rulecheck;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import java.util.Set;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;

/**
 * The rules that apply to an evaluated case: every consideration rule whose consideration is in the result, and
 * every derivation rule that fired. (A consideration rule can fire and have its conclusion withdrawn in the same
 * evaluation, when a {@code not} pattern stops holding; it does not apply.)
 */
final class Applied {

    private Applied() {
    }

    /** The derivation rules' ids of each rule set seen (a sweep asks for every case). */
    private static final Map<RuleSet, Set<String>> DERIVATIONS = Collections.synchronizedMap(new WeakHashMap<>());

    static Set<String> of(Evaluation evaluation, RuleSet ruleSet) {
        Set<String> derivations = derivations(ruleSet);
        Set<String> applied = new HashSet<>(2 * (derivations.size() + evaluation.considerations().size()));
        for (String id : derivations) {   // the few derivation rules, looked up among the fired ones
            if (evaluation.fired(id)) {
                applied.add(id);
            }
        }
        for (Consideration consideration : evaluation.considerations()) {
            applied.add(consideration.ruleId());
        }
        return applied;
    }

    /** The ids of a rule set's derivation rules. */
    static Set<String> derivations(RuleSet ruleSet) {
        return DERIVATIONS.computeIfAbsent(ruleSet, rs -> rs.rules().stream()
                .filter(RuleInfo::derivation).map(RuleInfo::id).collect(Collectors.toUnmodifiableSet()));
    }
}
