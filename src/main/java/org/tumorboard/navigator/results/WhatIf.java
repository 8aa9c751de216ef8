package org.tumorboard.navigator.results;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tumorboard.navigator.conditions.Condition;
import org.tumorboard.navigator.engine.ConsiderationChanges;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.conditions.Grounds;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.InvalidCaseException;

/**
 * What if one fact of the case were different: for each field, the other values worth trying (the other answers
 * and choices, unknown, and for numbers the values at and either side of every threshold the rules compare the
 * field with), each with what it would add, remove or change among the considerations.
 */
public final class WhatIf {

    /** The what-if page of one change: {@code /cases/what-if?change=FIELD&to=VALUE&<the case>}. */
    public static final String PATH = "/cases/what-if";
    static final String CHANGE = "change";
    static final String TO = "to";
    /** The one case field that is no fact of the case. */
    static final String LABEL = "label";

    /** One other value of a field, with the size of its difference and the address of its what-if page. */
    public record Option(String value, String url, int added, int removed, int changed) {
        public boolean noChange() {
            return added + removed + changed == 0;
        }
    }

    /** A field of the case, its value now and the other values worth trying. */
    public record FieldOptions(String field, String now, List<Option> options) {
        public FieldOptions {
            options = List.copyOf(options);
        }

        public String labelKey() {
            return "field." + field;
        }
    }

    /** A consideration both evaluations have, with different because-facts or basis. */
    public record Changed(ConsiderationView before, ConsiderationView after) {
    }

    /** What changing the fact does to the considerations. */
    public record Diff(List<ConsiderationView> added, List<ConsiderationView> removed, List<Changed> changed,
                       int unchanged) {
        public Diff {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }

        public boolean none() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    private WhatIf() {
    }

    /** The considerations {@code after} adds to, removes from and changes in {@code before}, in result order. */
    public static Diff diff(Evaluation before, Evaluation after) {
        ConsiderationChanges changes = ConsiderationChanges.between(before.considerations(), after.considerations());
        return new Diff(changes.added().stream().map(ConsiderationView::of).toList(),
                changes.removed().stream().map(ConsiderationView::of).toList(),
                changes.changed().stream().map(c -> new Changed(ConsiderationView.of(c.before()),
                        ConsiderationView.of(c.after()))).toList(),
                changes.unchanged());
    }

    /** Every field but the label, with its other values worth trying that make a valid case. */
    static List<FieldOptions> options(Evaluation current, RuleEngine engine, CaseReader reader, ConditionText text) {
        CaseFacts facts = current.caseFacts();
        RuleSet ruleSet = engine.ruleSet();
        List<FieldOptions> fields = new ArrayList<>();
        for (RecordComponent component : CaseFacts.class.getRecordComponents()) {
            String field = component.getName();
            if (field.equals(LABEL)) {
                continue;
            }
            Object now = Grounds.valueOf(facts, field);
            List<Option> options = new ArrayList<>();
            for (Object value : alternatives(field, component.getType(), ruleSet)) {
                if (Objects.equals(value, now)) {
                    continue;
                }
                CaseFacts changed = with(facts, field, value);
                try {
                    reader.validate(changed);
                } catch (InvalidCaseException e) {
                    continue;
                }
                Diff diff = diff(current, engine.evaluate(changed));
                options.add(new Option(text.value(field, value), url(facts, field, value),
                        diff.added().size(), diff.removed().size(), diff.changed().size()));
            }
            fields.add(new FieldOptions(field, text.value(field, now), options));
        }
        return fields;
    }

    /** The values of a field worth trying: unknown first, then the answers, choices or numbers around thresholds. */
    static List<Object> alternatives(String field, Class<?> type, RuleSet ruleSet) {
        List<Object> values = new ArrayList<>();
        values.add(null);
        if (type == Boolean.class) {
            values.addAll(List.of(Boolean.TRUE, Boolean.FALSE));
        } else if (type.isEnum()) {
            values.addAll(Arrays.asList(type.getEnumConstants()));
        } else if (Number.class.isAssignableFrom(type)) {
            thresholds(field, ruleSet).stream().flatMap(t -> around(t, type).stream()).distinct()
                    .sorted(Comparator.comparingDouble(n -> ((Number) n).doubleValue()))
                    .forEach(values::add);
        }
        return values;
    }

    /** Every number the rules compare the field with. */
    static Set<BigDecimal> thresholds(String field, RuleSet ruleSet) {
        Set<BigDecimal> thresholds = new LinkedHashSet<>();
        ruleSet.conditions().all().forEach(rule -> rule.patterns().forEach(p -> p.constraints()
                .forEach(c -> collect(c.condition(), field, thresholds))));
        return thresholds;
    }

    private static void collect(Condition condition, String field, Set<BigDecimal> into) {
        if (condition instanceof Condition.Comparison c && c.field().equals(field) && c.value() instanceof Number n) {
            into.add(new BigDecimal(n.toString()).stripTrailingZeros());
        } else if (condition instanceof Condition.AllOf all) {
            all.parts().forEach(p -> collect(p, field, into));
        } else if (condition instanceof Condition.AnyOf any) {
            any.parts().forEach(p -> collect(p, field, into));
        } else if (condition instanceof Condition.Not not) {
            collect(not.part(), field, into);
        }
    }

    /** A threshold and one step either side: a step of one in its second significant digit (1 for whole numbers). */
    static List<Object> around(BigDecimal threshold, Class<?> type) {
        BigDecimal step = threshold.signum() == 0 ? BigDecimal.ONE.movePointLeft(1)
                : BigDecimal.ONE.movePointRight(threshold.round(new MathContext(1)).precision()
                - threshold.round(new MathContext(1)).scale() - 2);
        if (type == Integer.class) {
            step = step.max(BigDecimal.ONE);
        }
        List<Object> values = new ArrayList<>();
        for (BigDecimal v : List.of(threshold.subtract(step), threshold, threshold.add(step))) {
            values.add(type == Integer.class ? (Object) v.intValue() : (Object) v.doubleValue());
        }
        return values;
    }

    /** The what-if page's address for a change of one field. */
    static String url(CaseFacts facts, String field, Object value) {
        String query = CaseQuery.of(facts);
        return PATH + "?" + CHANGE + "=" + field + "&" + TO + "=" + CaseQuery.encode(value == null ? "" : CaseQuery.format(value))
                + (query.isEmpty() ? "" : "&" + query);
    }

    /** The case with one field changed (not yet validated). */
    static CaseFacts with(CaseFacts facts, String field, Object value) {
        List<RecordComponent> components = Arrays.asList(CaseFacts.class.getRecordComponents());
        Object[] values = components.stream()
                .map(c -> c.getName().equals(field) ? value : Grounds.valueOf(facts, c.getName())).toArray();
        try {
            return CaseFacts.class.getDeclaredConstructor(components.stream().map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot change " + field, e);
        }
    }
}
