package org.tumorboard.navigator.conditions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One condition of a rule as the compiled rule holds it, read from the constraint's expression: a comparison of a
 * fact's field with a literal value, or a combination of conditions. A condition the reader does not understand
 * (a method call, a comparison of two fields, {@code eval}) is kept {@link Opaque}, with its expression.
 */
public sealed interface Condition {

    /** The fields the condition reads, in order of appearance. */
    Set<String> fields();

    /** Whether the condition holds for a fact whose fields have the given values. Opaque conditions throw. */
    boolean holds(Function<String, Object> valueOf);

    /** {@code field operator value}; {@code value} is typed after the field ({@code null} for unknown). */
    record Comparison(String field, Operator operator, Object value) implements Condition {
        @Override
        public Set<String> fields() {
            return Set.of(field);
        }

        @Override
        public boolean holds(Function<String, Object> valueOf) {
            return operator.test(valueOf.apply(field), value);
        }

        @Override
        public String toString() {
            return field + " " + operator.symbol() + " " + (value instanceof Enum<?> e ? e.name() : value);
        }
    }

    /** Every part holds ({@code &&}). */
    record AllOf(List<Condition> parts) implements Condition {
        public AllOf {
            parts = List.copyOf(parts);
        }

        @Override
        public Set<String> fields() {
            return union(parts);
        }

        @Override
        public boolean holds(Function<String, Object> valueOf) {
            return parts.stream().allMatch(p -> p.holds(valueOf));
        }
    }

    /** At least one part holds ({@code ||}, and {@code in (…)}, which Drools compiles to {@code ||}). */
    record AnyOf(List<Condition> parts) implements Condition {
        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override
        public Set<String> fields() {
            return union(parts);
        }

        @Override
        public boolean holds(Function<String, Object> valueOf) {
            return parts.stream().anyMatch(p -> p.holds(valueOf));
        }
    }

    /** The negation of a condition ({@code !( … )}). */
    record Not(Condition part) implements Condition {
        @Override
        public Set<String> fields() {
            return part.fields();
        }

        @Override
        public boolean holds(Function<String, Object> valueOf) {
            return !part.holds(valueOf);
        }
    }

    /** An expression this reader does not break down; {@code fields} are the identifiers it may read. */
    record Opaque(String expression, Set<String> fields) implements Condition {
        public Opaque {
            fields = Set.copyOf(fields);
        }

        @Override
        public boolean holds(Function<String, Object> valueOf) {
            throw new UnsupportedOperationException("cannot evaluate " + expression);
        }
    }

    private static Set<String> union(List<Condition> parts) {
        return parts.stream().flatMap(p -> p.fields().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
