package org.tumorboard.navigator.conditions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule's conditions as Drools compiled them: its patterns in order, each with its constraints broken down into
 * field, operator and literal value. Read from the rule base (not from the DRL text), so what is described is
 * what runs.
 *
 * @param derives the derived fact types the rule's consequence writes (derivation rules only)
 */
public record RuleConditions(String ruleId, List<PatternCondition> patterns, Set<String> derives) {

    public RuleConditions {
        patterns = List.copyOf(patterns);
        derives = Set.copyOf(derives);
    }

    /** The fields of the case the rule's own patterns read, without those of the derived facts it uses. */
    public Set<String> ownFields() {
        Set<String> fields = new LinkedHashSet<>();
        patterns.stream().filter(p -> !p.derived()).forEach(p -> fields.addAll(p.fields()));
        return fields;
    }

    /** The derived fact types the rule's patterns use (present or, under {@code not}, absent). */
    public Set<String> derivedFacts() {
        Set<String> types = new LinkedHashSet<>();
        patterns.stream().filter(PatternCondition::derived).forEach(p -> types.add(p.factType()));
        return types;
    }
}
