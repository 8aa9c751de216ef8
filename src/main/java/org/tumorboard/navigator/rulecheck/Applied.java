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
        Set<String> derivations = DERIVATIONS.computeIfAbsent(ruleSet, rs -> rs.rules().stream()
                .filter(RuleInfo::derivation).map(RuleInfo::id).collect(Collectors.toUnmodifiableSet()));
        Set<String> applied = new HashSet<>();
        for (String id : evaluation.firedRules()) {
            if (derivations.contains(id)) {
                applied.add(id);
            }
        }
        evaluation.considerations().stream().map(Consideration::ruleId).forEach(applied::add);
        return applied;
    }
}
