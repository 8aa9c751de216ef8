package org.tumorboard.navigator.conditions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The compiled conditions of every rule of a rule set, and which derivation rules write each derived fact, so
 * that the fields a rule depends on can be followed through the derived facts it uses: a rule using
 * {@code LocallyAdvanced()} depends on the fields the rule deriving {@code LocallyAdvanced} reads.
 */
public final class Conditions {

    private final Map<String, RuleConditions> byRule;
    private final Map<String, List<String>> derivers = new LinkedHashMap<>();

    public Conditions(Collection<RuleConditions> rules) {
        this.byRule = new LinkedHashMap<>();
        rules.forEach(r -> byRule.put(r.ruleId(), r));
        rules.forEach(r -> r.derives().forEach(t -> derivers.computeIfAbsent(t, k -> new ArrayList<>()).add(r.ruleId())));
    }

    /** Every rule's conditions, in rule-base order. */
    public Collection<RuleConditions> all() {
        return byRule.values();
    }

    public Optional<RuleConditions> of(String ruleId) {
        return Optional.ofNullable(byRule.get(ruleId));
    }

    /** The ids of the derivation rules that write a derived fact type. */
    public List<String> derivers(String factType) {
        return List.copyOf(derivers.getOrDefault(factType, List.of()));
    }

    /** The case fields a rule depends on: its own, and those of the rules deriving the derived facts it uses. */
    public Set<String> fields(String ruleId) {
        Set<String> fields = new LinkedHashSet<>();
        collect(ruleId, fields, new HashSet<>());
        return fields;
    }

    private void collect(String ruleId, Set<String> fields, Set<String> seen) {
        RuleConditions rule = byRule.get(ruleId);
        if (rule == null || !seen.add(ruleId)) {
            return;
        }
        for (String type : rule.derivedFacts()) {
            derivers(type).forEach(d -> collect(d, fields, seen));
        }
        fields.addAll(rule.ownFields());
    }
}
