package org.tumorboard.navigator.conditions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tumorboard.navigator.intake.CaseField;

/**
 * The values of a case field worth trying against a rule set, read from its compiled conditions: the one definition
 * behind the what-if page (the other values of a fact) and the generated case library (sweep, impact, mutation).
 * <ul>
 *   <li>unknown, unless the case requires the field;</li>
 *   <li>yes/no fields: yes and no; choice fields: every value of the vocabulary;</li>
 *   <li>numbers: each threshold a rule compares the field with and one step either side of it (a step of one in the
 *   threshold's second significant digit, at least 1 for whole numbers: 4 gives 3.9, 4, 4.1; 2000 gives 1900, 2000,
 *   2100), and the ends of the field's range, all within that range.</li>
 * </ul>
 */
public final class Representatives {

    private Representatives() {
    }

    /** Every field the rule sets' conditions read, in contract order, with its values. */
    public static Map<CaseField, List<Object>> of(Conditions... ruleSets) {
        Map<String, Set<BigDecimal>> thresholds = new LinkedHashMap<>();
        for (Conditions conditions : ruleSets) {
            conditions.all().forEach(rule -> rule.patterns().forEach(p -> p.constraints()
                    .forEach(c -> collect(c.condition(), thresholds))));
        }
        Map<CaseField, List<Object>> values = new LinkedHashMap<>();
        for (CaseField field : CaseField.all()) {
            if (thresholds.containsKey(field.name())) {
                values.put(field, values(field, thresholds.get(field.name())));
            }
        }
        return values;
    }

    /** One field's values against a rule set (for a field no rule reads: unknown, the answers, choices or range ends). */
    public static List<Object> of(CaseField field, Conditions conditions) {
        List<Object> values = of(conditions).get(field);
        return values != null ? values : values(field, Set.of());
    }

    /** The field's values around these thresholds. */
    static List<Object> values(CaseField field, Set<BigDecimal> thresholds) {
        Set<Object> values = new LinkedHashSet<>();
        if (!field.required()) {
            values.add(null);
        }
        if (field.answer()) {
            values.addAll(List.of(Boolean.TRUE, Boolean.FALSE));
        } else if (field.choice()) {
            values.addAll(Arrays.asList(field.type().getEnumConstants()));
        } else if (field.wholeNumber() || field.decimal()) {
            BigDecimal low = field.min().orElse(null);
            BigDecimal high = field.max().orElse(null);
            TreeSet<BigDecimal> numbers = new TreeSet<>();
            if (low != null) {
                numbers.add(low);
            }
            if (high != null) {
                numbers.add(high);
            }
            for (BigDecimal threshold : thresholds) {
                for (BigDecimal v : around(threshold, field.wholeNumber())) {
                    if ((low == null || v.compareTo(low) >= 0) && (high == null || v.compareTo(high) <= 0)) {
                        numbers.add(v);
                    }
                }
            }
            numbers.forEach(n -> values.add(field.wholeNumber() ? (Object) n.intValueExact() : (Object) n.doubleValue()));
        }
        return Collections.unmodifiableList(new ArrayList<>(values));   // unknown (null) first
    }

    /** A threshold and one step either side of it. */
    static List<BigDecimal> around(BigDecimal threshold, boolean whole) {
        BigDecimal t = threshold.stripTrailingZeros();
        BigDecimal step = t.signum() == 0 ? new BigDecimal("0.1")
                : BigDecimal.ONE.movePointRight(t.round(new MathContext(1)).precision()
                - t.round(new MathContext(1)).scale() - 2);
        if (whole) {
            step = step.max(BigDecimal.ONE);
        }
        return List.of(t.subtract(step).stripTrailingZeros(), t, t.add(step).stripTrailingZeros());
    }

    private static void collect(Condition condition, Map<String, Set<BigDecimal>> into) {
        if (condition instanceof Condition.Comparison c) {
            if (CaseField.named(c.field()).isPresent()) {
                Set<BigDecimal> set = into.computeIfAbsent(c.field(), f -> new LinkedHashSet<>());
                if (c.value() instanceof Number n) {
                    set.add(new BigDecimal(n.toString()).stripTrailingZeros());
                }
            }
        } else if (condition instanceof Condition.AllOf all) {
            all.parts().forEach(p -> collect(p, into));
        } else if (condition instanceof Condition.AnyOf any) {
            any.parts().forEach(p -> collect(p, into));
        } else if (condition instanceof Condition.Not not) {
            collect(not.part(), into);
        }
    }
}
