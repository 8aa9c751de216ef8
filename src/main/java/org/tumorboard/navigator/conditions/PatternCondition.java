package org.tumorboard.navigator.conditions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One pattern of a rule's conditions: a fact type ({@code CaseFacts}, or a derived fact such as
 * {@code LocallyAdvanced}), whether it stands under {@code not}, and its constraints in order.
 *
 * @param factType the fact type's simple name
 * @param derived  whether the fact type is declared in the rule set and written by derivation rules
 * @param negated  whether the pattern stands under {@code not} (the rule needs the fact to be absent)
 * @param bindings the names the pattern binds ({@code $size}), which are not constraints
 */
public record PatternCondition(String factType, boolean derived, boolean negated, List<Constraint> constraints,
                               Set<String> bindings) {

    public PatternCondition {
        constraints = List.copyOf(constraints);
        bindings = Set.copyOf(bindings);
    }

    /** One constraint as compiled: its expression text and the condition read from it. */
    public record Constraint(String expression, Condition condition) {
    }

    /** The fields the pattern's constraints read. */
    public Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        constraints.forEach(c -> fields.addAll(c.condition().fields()));
        return fields;
    }
}
