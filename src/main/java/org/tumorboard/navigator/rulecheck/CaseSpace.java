package org.tumorboard.navigator.rulecheck;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tumorboard.navigator.conditions.Conditions;
import org.tumorboard.navigator.conditions.Representatives;
import org.tumorboard.navigator.conditions.RuleConditions;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.intake.CaseField;

/**
 * The case fields the rules read, each with its {@linkplain Representatives representative values}, and the groups
 * of fields that appear together in one rule's conditions (derived facts followed), all read from the compiled
 * rule conditions.
 */
public final class CaseSpace {

    private final Map<String, List<Object>> values;
    private final List<List<String>> groups;

    private CaseSpace(Map<String, List<Object>> values, List<List<String>> groups) {
        this.values = values;
        this.groups = groups;
    }

    /** The space of one or more rule sets (for an impact comparison, the union of both). */
    public static CaseSpace of(RuleSet... ruleSets) {
        Conditions[] conditions = new Conditions[ruleSets.length];
        Set<List<String>> groups = new LinkedHashSet<>();
        for (int i = 0; i < ruleSets.length; i++) {
            conditions[i] = ruleSets[i].conditions();
            for (RuleConditions rule : conditions[i].all()) {
                List<String> group = conditions[i].fields(rule.ruleId()).stream()
                        .filter(f -> CaseField.named(f).isPresent()).sorted().toList();
                if (!group.isEmpty()) {
                    groups.add(group);
                }
            }
        }
        Map<String, List<Object>> values = new LinkedHashMap<>();
        Representatives.of(conditions).forEach((field, representatives) -> values.put(field.name(), representatives));
        return new CaseSpace(values, List.copyOf(groups));
    }

    /** The fields the rules read, in case order. */
    public List<String> fields() {
        return List.copyOf(values.keySet());
    }

    /** A field's representative values (unknown first, where allowed). */
    public List<Object> values(String field) {
        List<Object> v = values.get(field);
        if (v == null) {
            throw new IllegalArgumentException(field + ": not a case field any rule reads; fields: " + String.join(", ", fields()));
        }
        return v;
    }

    /** The groups of fields that appear together in one rule's conditions, each sorted, without repeats. */
    public List<List<String>> groups() {
        return groups;
    }
}
