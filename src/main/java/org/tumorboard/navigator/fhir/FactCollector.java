package org.tumorboard.navigator.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.intake.InvalidCaseException;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The case facts found in the resources, each with the element it came from. One fact given by several resources
 * must agree; the largest liver lesion is the largest of those given. Problems are gathered and reported together.
 */
final class FactCollector {

    /** A value for a case field and the element that gave it ({@code Observation/x.valueQuantity}). */
    record Candidate(String field, Object value, String source) {
    }

    private final Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
    private final List<Candidate> exclusions = new ArrayList<>();
    private final List<FieldProblem> problems = new ArrayList<>();

    void add(String field, Object value, String source) {
        candidates.computeIfAbsent(field, f -> new ArrayList<>()).add(new Candidate(field, value, source));
    }

    /** A resource that rules a value out (an M0 category rules out metastatic disease). */
    void exclude(String field, Object value, String source) {
        exclusions.add(new Candidate(field, value, source));
    }

    void problem(String where, String message) {
        problems.add(new FieldProblem(where, message));
    }

    List<Candidate> candidates(String field) {
        return candidates.getOrDefault(field, List.of());
    }

    /** The case document the strict case reader reads; throws if any resource was wrong or two disagree. */
    ObjectNode toCase() throws InvalidCaseException {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, List<Candidate>> entry : candidates.entrySet()) {
            List<Candidate> given = entry.getValue();
            Object value = "largestLiverLesionCm".equals(entry.getKey())
                    ? given.stream().map(c -> (BigDecimal) c.value()).max(BigDecimal::compareTo).orElseThrow()
                    : agreed(entry.getKey(), given);
            if (value != null && !excluded(entry.getKey(), value, given)) {
                put(tree, entry.getKey(), value);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        return tree;
    }

    private Object agreed(String field, List<Candidate> given) {
        Object first = given.get(0).value();
        boolean agree = given.stream().allMatch(c -> same(first, c.value()));
        if (!agree) {
            problems.add(conflict(field, given));
            return null;
        }
        return first;
    }

    private boolean excluded(String field, Object value, List<Candidate> given) {
        List<Candidate> against = exclusions.stream().filter(e -> e.field().equals(field) && same(e.value(), value))
                .toList();
        if (against.isEmpty()) {
            return false;
        }
        List<Candidate> all = new ArrayList<>(given);
        all.addAll(against);
        problems.add(conflict(field, all));
        return true;
    }

    private static FieldProblem conflict(String field, List<Candidate> given) {
        return new FieldProblem(field, "conflicting resources: "
                + given.stream().map(FactCollector::resourceOf).distinct().collect(Collectors.joining(", "))
                + " give different values; send one value per fact");
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    /** {@code Observation/x} of {@code Observation/x.valueQuantity}. */
    static String resourceOf(Candidate candidate) {
        String source = candidate.source();
        int slash = source.indexOf('/');
        int dot = source.indexOf('.', slash < 0 ? 0 : slash);
        return dot < 0 ? source : source.substring(0, dot);
    }

    private static void put(ObjectNode tree, String field, Object value) {
        if (value instanceof BigDecimal d) {
            tree.put(field, d);   // exactly: a value too large for the field (1e400) is the reader's range problem
        } else if (value instanceof Integer i) {
            tree.put(field, i);
        } else if (value instanceof Boolean b) {
            tree.put(field, b);
        } else {
            tree.put(field, value.toString());
        }
    }
}
