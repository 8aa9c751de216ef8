package org.tumorboard.navigator.rulecheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.conditions.Condition;
import org.tumorboard.navigator.engine.Kind;
import org.tumorboard.navigator.conditions.Operator;
import org.tumorboard.navigator.conditions.PatternCondition;
import org.tumorboard.navigator.conditions.RuleConditions;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseField;
import org.tumorboard.navigator.intake.Stage;
import org.tumorboard.navigator.intake.StrictJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code invariants.yaml} from a rules directory: a list of entries, each with one property of the vocabulary
 * of {@link Invariant} and an optional {@code why}. Rule ids, fields and stages are checked against the rule set;
 * every problem is reported as {@code invariants.yaml: entry N: message}.
 */
public final class InvariantLoader {

    public static final String FILE = "invariants.yaml";

    /** The one strict reader's settings: a duplicated key (a bad merge) is refused with its line, never dropped. */
    private static final YAMLMapper YAML = StrictJson.yaml();
    private static final List<String> VOCABULARY = List.of("never-together", "together", "exactly-one",
            "missing-information-only-when-unknown", "known-value-resolves", "stages", "treatment-setting",
            "missing-fact-asked-once");
    /** Keys that qualify an entry's property rather than name one. */
    private static final Set<String> QUALIFIERS = Set.of("why", "stage", "modalities");
    private static final String ALL = "all";

    private final RuleSet ruleSet;
    private final List<String> problems;

    private InvariantLoader(RuleSet ruleSet, List<String> problems) {
        this.ruleSet = ruleSet;
        this.problems = problems;
    }

    /** The invariants of the rule set's directory (none if it has no invariants file); problems are added. */
    static List<Invariant> load(RuleSet ruleSet, List<String> problems) {
        Path file = ruleSet.directory().resolve(FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        JsonNode tree;
        try {
            tree = YAML.readTree(file.toFile());
        } catch (JacksonException e) {
            problems.add(FILE + ":" + StrictJson.describe(e, Map.of()));
            return List.of();
        }
        if (tree == null || !tree.isArray()) {
            problems.add(FILE + ": must be a list of invariants, e.g. - never-together: [RULE-A, RULE-B]");
            return List.of();
        }
        InvariantLoader loader = new InvariantLoader(ruleSet, problems);
        Map<String, Integer> lines = StrictJson.keyLines(YAML, file.toFile());
        List<Invariant> invariants = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            int index = i;
            int line = lines.entrySet().stream().filter(e -> e.getKey().startsWith("/" + index + "/"))
                    .mapToInt(Map.Entry::getValue).min().orElse(0);
            invariants.addAll(loader.entry(i + 1, line, tree.get(i)));
        }
        return invariants;
    }

    private List<Invariant> entry(int n, int line, JsonNode node) {
        String where = FILE + ":" + line + ": entry " + n + ": ";
        List<String> keys = node.isObject() ? node.propertyNames().stream().filter(k -> !QUALIFIERS.contains(k)).toList() : List.of();
        if (keys.size() != 1 || !VOCABULARY.contains(keys.get(0))) {
            problems.add(where + "needs exactly one of " + String.join(", ", VOCABULARY) + " (and optionally why)");
            return List.of();
        }
        String key = keys.get(0);
        JsonNode value = node.get(key);
        String text = key + ": " + (value.isArray() ? value.toString().replace("\"", "").replace(",", ", ") : value.asString(""));
        int before = problems.size();
        List<Invariant> made = switch (key) {
            case "never-together", "together" -> pair(key, text, words(value), where);
            case "exactly-one" -> List.of(new Invariant.ExactlyOne(text, stage(node.path("stage").asString(""), where), rules(words(value), where)));
            case "missing-information-only-when-unknown" -> onlyWhenUnknown(text, words(value), where);
            case "known-value-resolves" -> knownValueResolves(text, value.asString(""), where);
            case "treatment-setting" -> treatmentSetting(text, value.asString(""), words(node.path("modalities")), where);
            case "missing-fact-asked-once" -> askedOnce(text, words(value), where);
            default -> stages(text, words(value), where);
        };
        return problems.size() > before ? List.of() : made;
    }

    private List<Invariant> pair(String key, String text, List<String> ids, String where) {
        if (ids.size() != 2) {
            return fail(where + key + " takes two rule ids");
        }
        List<String> rules = rules(ids, where);
        return List.of(key.equals("together") ? new Invariant.Together(text, rules.get(0), rules.get(1))
                : new Invariant.NeverTogether(text, rules.get(0), rules.get(1)));
    }

    private List<Invariant> onlyWhenUnknown(String text, List<String> words, String where) {
        if (words.equals(List.of(ALL))) {
            List<Invariant> all = new ArrayList<>();
            for (RuleInfo rule : ruleSet.rules()) {
                if (rule.kind() == Kind.MISSING_INFORMATION) {
                    List<String> fields = unknownFields(rule.id());
                    if (fields.isEmpty()) {
                        problems.add(where + rule.id() + " is MISSING_INFORMATION but compares no case field with null");
                    }
                    all.add(new Invariant.OnlyWhenUnknown(text + " (" + rule.id() + " " + String.join(" ", fields) + ")",
                            rule.id(), fields));
                }
            }
            return all;
        }
        if (words.size() < 2) {
            return fail(where + "missing-information-only-when-unknown takes all, or a rule id and one or more fields");
        }
        List<String> fields = words.subList(1, words.size());
        fields.forEach(f -> field(f, where));
        return List.of(new Invariant.OnlyWhenUnknown(text, rules(words.subList(0, 1), where).get(0), fields));
    }

    /**
     * The field's missing-information rules: the MISSING_INFORMATION rules whose own conditions read that field and
     * no other but the stage.
     */
    private List<Invariant> knownValueResolves(String text, String field, String where) {
        if (!field(field, where)) {
            return List.of();
        }
        List<String> rules = ruleSet.rules().stream().filter(r -> r.kind() == Kind.MISSING_INFORMATION).map(RuleInfo::id)
                .filter(id -> ruleSet.conditions().of(id).map(c -> {
                    Set<String> own = new java.util.HashSet<>(c.ownFields());
                    own.remove("stage");
                    return own.equals(Set.of(field));
                }).orElse(false)).toList();
        if (rules.isEmpty()) {
            return fail(where + "no MISSING_INFORMATION rule reads " + field + " alone");
        }
        return List.of(new Invariant.KnownValueResolves(text, field, rules));
    }

    /** The derivation must be a derivation rule; the modalities, names of {@link Modality}. */
    private List<Invariant> treatmentSetting(String text, String derivation, List<String> names, String where) {
        Set<Modality> modalities = EnumSet.noneOf(Modality.class);
        for (String name : names) {
            try {
                modalities.add(Modality.valueOf(name));
            } catch (IllegalArgumentException e) {
                problems.add(where + "modality \"" + name + "\" is not one of " + Arrays.toString(Modality.values()));
            }
        }
        if (names.isEmpty()) {
            return fail(where + "treatment-setting takes a derivation rule id and modalities: [MODALITY, ...]");
        }
        if (ruleSet.rule(derivation).filter(RuleInfo::derivation).isEmpty()) {
            return fail(where + derivation + " is not a derivation rule of this rule set");
        }
        return List.of(new Invariant.TreatmentSetting(text + " " + modalities, derivation, modalities));
    }

    private List<Invariant> askedOnce(String text, List<String> words, String where) {
        if (!words.equals(List.of(ALL))) {
            return fail(where + "missing-fact-asked-once takes all");
        }
        Map<String, List<String>> fields = new java.util.HashMap<>();
        ruleSet.rules().stream().filter(r -> r.kind() == Kind.MISSING_INFORMATION)
                .forEach(r -> fields.put(r.id(), unknownFields(r.id())));
        return List.of(new Invariant.AskedOnce(text, fields));
    }

    private List<Invariant> stages(String text, List<String> words, String where) {
        if (words.size() < 2) {
            return fail(where + "stages takes a rule id (or RULE-*) and one or more stages");
        }
        String pattern = words.get(0);
        Predicate<String> matches = pattern.endsWith("*") ? id -> id.startsWith(pattern.substring(0, pattern.length() - 1))
                : id -> id.equals(pattern);
        List<String> rules = ruleSet.rules().stream().map(RuleInfo::id).filter(matches).toList();
        if (rules.isEmpty()) {
            return fail(where + pattern + " names no rule");
        }
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        words.subList(1, words.size()).stream().map(s -> stage(s, where)).filter(s -> s != null).forEach(stages::add);
        return List.of(new Invariant.Stages(text, rules, stages));
    }

    /** Fields the rule's own case patterns compare with null anywhere in their constraints. */
    private List<String> unknownFields(String ruleId) {
        List<String> fields = new ArrayList<>();
        ruleSet.conditions().of(ruleId).ifPresent(r -> caseConstraints(r).forEach(c -> nullComparisons(c, fields)));
        return fields;
    }

    private static List<Condition> caseConstraints(RuleConditions rule) {
        return rule.patterns().stream().filter(p -> p.factType().equals(CaseFacts.class.getSimpleName()) && !p.negated())
                .flatMap(p -> p.constraints().stream()).map(PatternCondition.Constraint::condition).toList();
    }

    private static void nullComparisons(Condition condition, List<String> fields) {
        if (condition instanceof Condition.Comparison c && c.operator() == Operator.EQUAL && c.value() == null) {
            if (!fields.contains(c.field())) {
                fields.add(c.field());
            }
        } else if (condition instanceof Condition.AnyOf any) {
            any.parts().forEach(p -> nullComparisons(p, fields));
        } else if (condition instanceof Condition.AllOf all) {
            all.parts().forEach(p -> nullComparisons(p, fields));
        }
    }

    private List<String> rules(List<String> ids, String where) {
        ids.stream().filter(id -> ruleSet.rule(id).isEmpty()).forEach(id -> problems.add(where + "no rule with id " + id));
        return ids;
    }

    private boolean field(String field, String where) {
        if (CaseField.named(field).isEmpty()) {
            problems.add(where + field + " is not a case field; fields: " + String.join(", ", CaseField.names()));
            return false;
        }
        return true;
    }

    private Stage stage(String name, String where) {
        try {
            return Stage.valueOf(name);
        } catch (IllegalArgumentException e) {
            problems.add(where + "stage \"" + name + "\" is not one of " + Arrays.toString(Stage.values()));
            return null;
        }
    }

    private List<Invariant> fail(String problem) {
        problems.add(problem);
        return List.of();
    }

    /** A list node's items, or a scalar's words. */
    private static List<String> words(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asString("").strip()));
            return items;
        }
        return Arrays.stream(value.asString("").strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
}
