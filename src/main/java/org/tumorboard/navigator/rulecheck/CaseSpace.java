package org.tumorboard.navigator.rulecheck;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tumorboard.navigator.conditions.Condition;
import org.tumorboard.navigator.conditions.Conditions;
import org.tumorboard.navigator.conditions.PatternCondition;
import org.tumorboard.navigator.conditions.RuleConditions;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.intake.CaseFacts;

/**
 * The case fields the rules read, each with its representative values, and the groups of fields that appear
 * together in one rule's conditions (derived facts followed). All read from the compiled rule conditions:
 * <ul>
 *   <li>every field: unknown (unless the case requires it);</li>
 *   <li>yes/no fields: true and false; choice fields: every value of the vocabulary;</li>
 *   <li>numbers: each threshold a rule compares the field with, one step below and one step above it (0.1 for
 *   decimals, 1 for whole numbers), and the ends of the field's allowed range.</li>
 * </ul>
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
        Map<String, Set<Object>> thresholds = new LinkedHashMap<>();
        Set<List<String>> groups = new LinkedHashSet<>();
        for (RuleSet ruleSet : ruleSets) {
            Conditions conditions = ruleSet.conditions();
            for (RuleConditions rule : conditions.all()) {
                for (PatternCondition pattern : rule.patterns()) {
                    if (pattern.factType().equals(CaseFacts.class.getSimpleName())) {
                        pattern.constraints().forEach(c -> literals(c.condition(), thresholds));
                    }
                }
                List<String> group = conditions.fields(rule.ruleId()).stream().filter(CaseFields::exists).sorted().toList();
                if (!group.isEmpty()) {
                    groups.add(group);
                }
            }
        }
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (String field : CaseFields.names()) {
            if (thresholds.containsKey(field)) {
                values.put(field, representatives(field, thresholds.get(field)));
            }
        }
        return new CaseSpace(values, List.copyOf(groups));
    }

    private static void literals(Condition condition, Map<String, Set<Object>> thresholds) {
        if (condition instanceof Condition.Comparison c) {
            if (CaseFields.exists(c.field())) {
                Set<Object> set = thresholds.computeIfAbsent(c.field(), f -> new LinkedHashSet<>());
                if (c.value() instanceof Number) {
                    set.add(c.value());
                }
            }
        } else if (condition instanceof Condition.AllOf a) {
            a.parts().forEach(p -> literals(p, thresholds));
        } else if (condition instanceof Condition.AnyOf a) {
            a.parts().forEach(p -> literals(p, thresholds));
        } else if (condition instanceof Condition.Not n) {
            literals(n.part(), thresholds);
        } else if (condition instanceof Condition.Opaque o) {
            o.fields().stream().filter(CaseFields::exists).forEach(f -> thresholds.computeIfAbsent(f, k -> new LinkedHashSet<>()));
        }
    }

    private static List<Object> representatives(String field, Set<Object> thresholds) {
        Class<?> type = CaseFields.type(field);
        List<Object> values = new ArrayList<>();
        if (!required(field)) {
            values.add(null);
        }
        if (type == Boolean.class) {
            values.addAll(List.of(true, false));
        } else if (type.isEnum()) {
            values.addAll(Arrays.asList(type.getEnumConstants()));
        } else if (type == Integer.class || type == Double.class) {
            boolean whole = type == Integer.class;
            BigDecimal step = whole ? BigDecimal.ONE : new BigDecimal("0.1");
            BigDecimal[] range = range(field);
            TreeSet<BigDecimal> numbers = new TreeSet<>(Comparator.naturalOrder());
            numbers.add(range[0]);
            numbers.add(range[1]);
            for (Object t : thresholds) {
                BigDecimal at = new BigDecimal(t.toString());
                for (BigDecimal v : List.of(at.subtract(step), at, at.add(step))) {
                    if (v.compareTo(range[0]) >= 0 && v.compareTo(range[1]) <= 0) {
                        numbers.add(v.stripTrailingZeros());
                    }
                }
            }
            numbers.forEach(n -> values.add(whole ? (Object) n.intValueExact() : (Object) n.doubleValue()));
        }
        return java.util.Collections.unmodifiableList(new ArrayList<>(new LinkedHashSet<>(values)));
    }

    private static boolean required(String field) {
        return declared(field).isAnnotationPresent(NotNull.class);
    }

    /** The allowed range of a number field, from its validation annotations. */
    private static BigDecimal[] range(String field) {
        Field f = declared(field);
        BigDecimal low = f.isAnnotationPresent(Min.class) ? BigDecimal.valueOf(f.getAnnotation(Min.class).value())
                : f.isAnnotationPresent(DecimalMin.class) ? new BigDecimal(f.getAnnotation(DecimalMin.class).value()) : BigDecimal.ZERO;
        BigDecimal high = f.isAnnotationPresent(Max.class) ? BigDecimal.valueOf(f.getAnnotation(Max.class).value())
                : f.isAnnotationPresent(DecimalMax.class) ? new BigDecimal(f.getAnnotation(DecimalMax.class).value()) : low;
        return new BigDecimal[] {low.stripTrailingZeros(), high.stripTrailingZeros()};
    }

    private static Field declared(String field) {
        try {
            return CaseFacts.class.getDeclaredField(field);
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException("no case field " + field, e);
        }
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
