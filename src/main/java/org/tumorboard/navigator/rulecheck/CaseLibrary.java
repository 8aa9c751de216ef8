package org.tumorboard.navigator.rulecheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseField;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.intake.InvalidCaseException;
import org.tumorboard.navigator.intake.StrictJson;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cases generated from a {@link CaseSpace}: for every group of fields that appear together in one rule's
 * conditions, every combination of their representative values, the other fields drawn from theirs with a seeded
 * random generator; optionally every combination of a chosen set of fields. Duplicates are dropped. The same space,
 * seed and options give the same cases in the same order. Each case is written as case JSON and read back through
 * the strict {@link CaseReader}, so every one of them is a case the API accepts; a drawn fact that contradicts a
 * combination (liver lesions without liver metastases) is left unknown, and a combination that contradicts itself
 * is left out.
 */
public final class CaseLibrary {

    public static final long DEFAULT_SEED = 20210727L;

    private static final JsonMapper JSON = StrictJson.json();

    private final List<CaseFacts> cases;

    private CaseLibrary(List<CaseFacts> cases) {
        this.cases = List.copyOf(cases);
    }

    public static CaseLibrary generate(CaseSpace space, CaseReader reader) {
        return generate(space, reader, DEFAULT_SEED, List.of());
    }

    /**
     * @param exhaustive fields to enumerate fully together (each must be a field some rule reads); empty for none
     */
    public static CaseLibrary generate(CaseSpace space, CaseReader reader, long seed, List<String> exhaustive) {
        exhaustive.forEach(space::values);
        Random random = new Random(seed);
        Map<List<Object>, CaseFacts> seen = new LinkedHashMap<>();   // each distinct row, read once, in first-seen order
        List<List<String>> groups = new ArrayList<>(space.groups());
        if (!exhaustive.isEmpty()) {
            groups.add(exhaustive.stream().distinct().sorted().toList());
        }
        List<String> fields = space.fields();
        List<List<Object>> values = fields.stream().map(space::values).toList();
        for (List<String> group : groups) {
            for (Map<String, Object> combination : combinations(space, group)) {
                List<Object> row = new ArrayList<>(fields.size());
                for (int i = 0; i < fields.size(); i++) {
                    String field = fields.get(i);
                    List<Object> drawn = values.get(i);
                    row.add(combination.containsKey(field) ? combination.get(field) : drawn.get(random.nextInt(drawn.size())));
                }
                if (seen.containsKey(row)) {
                    continue;
                }
                Read read = read(reader, fields, row);
                if (read.facts() == null) {
                    read = resolve(space, reader, fields, row, combination, read);
                }
                if (read.facts() != null) {
                    seen.putIfAbsent(row, read.facts());
                } else if (read.contradicting().isEmpty()) {
                    throw new IllegalStateException("generated an invalid case " + node(fields, row) + ": "
                            + read.problems(), read.problem());
                }
            }
        }
        return new CaseLibrary(new ArrayList<>(seen.values()));
    }

    /**
     * A drawn fact that contradicts the combination (liver lesions without liver metastases) is made unknown; a
     * drawn required fact (the stage) cannot be, so it is drawn again from its values until the case reads.
     */
    private static Read resolve(CaseSpace space, CaseReader reader, List<String> fields, List<Object> row,
                                Map<String, Object> combination, Read read) {
        List<String> required = new ArrayList<>();
        for (String field : read.contradicting()) {
            if (combination.containsKey(field)) {
                continue;
            }
            if (CaseField.named(field).map(CaseField::required).orElse(false)) {
                required.add(field);
            } else {
                row.set(fields.indexOf(field), null);
            }
        }
        Read again = read(reader, fields, row);
        for (String field : required) {
            for (Object value : space.values(field)) {
                if (again.facts() != null) {
                    break;
                }
                row.set(fields.indexOf(field), value);
                again = read(reader, fields, row);
            }
        }
        return again;
    }

    /** Every combination of the group's values, the last field varying fastest. */
    private static List<Map<String, Object>> combinations(CaseSpace space, List<String> group) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(new LinkedHashMap<>());
        for (String field : group) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : all) {
                for (Object value : space.values(field)) {
                    Map<String, Object> more = new LinkedHashMap<>(partial);
                    more.put(field, value);
                    next.add(more);
                }
            }
            all = next;
        }
        return all;
    }

    /** A row read through the strict reader: its facts, or the problem and the fields that contradict one another. */
    private record Read(CaseFacts facts, InvalidCaseException problem) {

        Set<String> contradicting() {
            Set<String> clash = new LinkedHashSet<>();
            if (problem != null) {
                problem.problems().stream().filter(FieldProblem::contradiction).forEach(p -> clash.add(p.field()));
            }
            return clash;
        }

        List<FieldProblem> problems() {
            return problem == null ? List.of() : problem.problems();
        }
    }

    private static Read read(CaseReader reader, List<String> fields, List<Object> row) {
        try {
            return new Read(reader.read(node(fields, row)), null);
        } catch (InvalidCaseException e) {
            return new Read(null, e);
        }
    }

    private static ObjectNode node(List<String> fields, List<Object> row) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < fields.size(); i++) {
            Object v = row.get(i);
            String f = fields.get(i);
            if (v instanceof Boolean b) {
                node.put(f, b);
            } else if (v instanceof Integer n) {
                node.put(f, n);
            } else if (v instanceof Double d) {
                node.put(f, d);
            } else if (v instanceof Enum<?> e) {
                node.put(f, e.name());
            } else if (v == null) {
                node.putNull(f);
            }
        }
        return node;
    }

    public List<CaseFacts> cases() {
        return cases;
    }

    public int size() {
        return cases.size();
    }

    /** Parses {@code --exhaustive a,b,c}. */
    public static List<String> fieldList(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
