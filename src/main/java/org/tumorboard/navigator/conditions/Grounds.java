package org.tumorboard.navigator.conditions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseField;

/**
 * A rule set's compiled conditions read against one evaluated case: which conditions of a rule the case met,
 * which it failed, and on which facts a match rests. Derived facts are followed through the rules that write
 * them: a derived fact is present where one of its derivation rules fired for the case.
 */
public final class Grounds {

    /** The field that places a case in the review's populations; a match reading nothing else is stage background. */
    public static final String STAGE = "stage";

    private final Conditions conditions;
    private final CaseFacts facts;
    private final Set<String> fired;
    /** The case's field values, read once ({@code null} for unknown). */
    private final Map<String, Object> values = new HashMap<>();
    /** What each rule's match rests on, computed once per rule (derivation rules are shared by many). */
    private final Map<String, Set<String>> restsOn = new HashMap<>();

    public Grounds(Conditions conditions, CaseFacts facts, Set<String> fired) {
        this.conditions = conditions;
        this.facts = facts;
        this.fired = Set.copyOf(fired);
        CaseField.all().forEach(field -> values.put(field.name(), field.valueOf(facts)));
    }

    public CaseFacts facts() {
        return facts;
    }

    /** The case's value of a field ({@code null} for unknown). */
    public Object value(String field) {
        return values().apply(field);
    }

    public boolean fired(String ruleId) {
        return fired.contains(ruleId);
    }

    private Function<String, Object> values() {
        return field -> {
            if (!values.containsKey(field)) {
                throw new IllegalArgumentException("no case field " + field);
            }
            return values.get(field);
        };
    }

    /**
     * Every condition of a rule, in pattern order, checked against the case: one check per constraint of a case
     * pattern (a negated case pattern is one check), one per derived fact.
     */
    public List<Check> checks(String ruleId) {
        RuleConditions rule = conditions.of(ruleId).orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
        List<Check> checks = new ArrayList<>();
        for (PatternCondition pattern : rule.patterns()) {
            if (pattern.derived()) {
                List<String> derivers = conditions.derivers(pattern.factType());
                boolean present = derivers.stream().anyMatch(fired::contains);
                checks.add(new Check(pattern.factType(), pattern.negated(), null,
                        present != pattern.negated() ? Check.Result.MET : Check.Result.FAILED, derivers));
            } else if (pattern.negated()) {
                Condition all = new Condition.AllOf(pattern.constraints().stream().map(PatternCondition.Constraint::condition).toList());
                checks.add(check(pattern, new Condition.Not(all)));
            } else {
                pattern.constraints().forEach(c -> checks.add(check(pattern, c.condition())));
            }
        }
        return checks;
    }

    private Check check(PatternCondition pattern, Condition condition) {
        Check.Result result;
        try {
            result = condition.holds(values()) ? Check.Result.MET : Check.Result.FAILED;
        } catch (UnsupportedOperationException opaque) {
            result = Check.Result.NOT_EVALUATED;
        }
        return new Check(pattern.factType(), pattern.negated(), condition, result, List.of());
    }

    /** Whether a fired rule's match rests on the case's facts beyond its stage, or on the stage alone. */
    public Basis basis(String ruleId) {
        return restsOn(ruleId).stream().anyMatch(f -> !f.equals(STAGE)) ? Basis.CASE : Basis.STAGE;
    }

    /**
     * The fields a match of the rule rests on for this case: every field of the conditions it met, where an
     * alternative ({@code ||}, {@code in}) counts only the branch that holds and reads fewest facts beyond the
     * stage, and a derived fact counts the fields of the derivation rule that wrote it. A fact required absent
     * ({@code not}) rests on every field its derivation rules read.
     */
    public Set<String> restsOn(String ruleId) {
        return restsOn(ruleId, new HashSet<>());
    }

    private Set<String> restsOn(String ruleId, Set<String> seen) {
        if (seen.contains(ruleId)) {
            return Set.of();
        }
        Set<String> known = restsOn.get(ruleId);
        if (known == null) {
            seen.add(ruleId);
            known = Collections.unmodifiableSet(rulesRestOn(ruleId, seen));
            restsOn.put(ruleId, known);
        }
        return known;
    }

    private Set<String> rulesRestOn(String ruleId, Set<String> seen) {
        Set<String> fields = new LinkedHashSet<>();
        for (Check check : checks(ruleId)) {
            if (!check.derived()) {
                fields.addAll(support(check.condition()));
            } else if (check.negated()) {
                check.derivers().forEach(d -> fields.addAll(conditions.fields(d)));
            } else {
                check.derivers().stream().filter(fired::contains)
                        .map(d -> restsOn(d, new HashSet<>(seen)))
                        .min(Comparator.comparingLong(Grounds::beyondStage))
                        .ifPresent(fields::addAll);
            }
        }
        return fields;
    }

    private Set<String> support(Condition condition) {
        if (condition instanceof Condition.Comparison c) {
            return Set.of(c.field());
        }
        if (condition instanceof Condition.AllOf all) {
            Set<String> fields = new LinkedHashSet<>();
            all.parts().forEach(p -> fields.addAll(support(p)));
            return fields;
        }
        if (condition instanceof Condition.AnyOf any) {
            return any.parts().stream().filter(this::holds).map(this::support)
                    .min(Comparator.comparingLong(Grounds::beyondStage))
                    .orElse(condition.fields());
        }
        return condition.fields();
    }

    private boolean holds(Condition condition) {
        try {
            return condition.holds(values());
        } catch (UnsupportedOperationException opaque) {
            return false;
        }
    }

    /**
     * Whether a rule can fire for some case with these known facts (the others free): none of its conditions is
     * decided false by the known facts alone, following derived facts (a derived fact is possible where one of its
     * derivation rules is; an absent one is always possible). Opaque conditions are taken as possible.
     */
    public static boolean possible(Conditions conditions, String ruleId, Map<String, Object> known) {
        return possible(conditions, ruleId, known, new HashSet<>());
    }

    private static boolean possible(Conditions conditions, String ruleId, Map<String, Object> known, Set<String> seen) {
        if (!seen.add(ruleId)) {
            return false;
        }
        RuleConditions rule = conditions.of(ruleId).orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
        for (PatternCondition pattern : rule.patterns()) {
            if (pattern.derived()) {
                boolean any = pattern.negated() || conditions.derivers(pattern.factType()).stream()
                        .anyMatch(d -> possible(conditions, d, known, new HashSet<>(seen)));
                if (!any) {
                    return false;
                }
                continue;
            }
            Condition all = new Condition.AllOf(pattern.constraints().stream().map(PatternCondition.Constraint::condition).toList());
            Boolean decided = decide(pattern.negated() ? new Condition.Not(all) : all, known);
            if (Boolean.FALSE.equals(decided)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a rule fires for every case with these known facts, whatever the others: each of its conditions is
     * decided true by the known facts alone (a derived fact where one of its derivation rules is certain; an absent
     * one where none of them is possible). With the stage alone known, the rules that are stage background.
     */
    public static boolean certain(Conditions conditions, String ruleId, Map<String, Object> known) {
        RuleConditions rule = conditions.of(ruleId).orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
        for (PatternCondition pattern : rule.patterns()) {
            if (pattern.derived()) {
                boolean holds = pattern.negated()
                        ? conditions.derivers(pattern.factType()).stream().noneMatch(d -> possible(conditions, d, known))
                        : conditions.derivers(pattern.factType()).stream().anyMatch(d -> certain(conditions, d, known));
                if (!holds) {
                    return false;
                }
                continue;
            }
            Condition all = new Condition.AllOf(pattern.constraints().stream().map(PatternCondition.Constraint::condition).toList());
            if (!Boolean.TRUE.equals(decide(pattern.negated() ? new Condition.Not(all) : all, known))) {
                return false;
            }
        }
        return true;
    }

    /** Three-valued: true or false where the known facts decide the condition, null where they do not. */
    static Boolean decide(Condition condition, Map<String, Object> known) {
        if (condition instanceof Condition.Comparison c) {
            return known.containsKey(c.field()) ? c.operator().test(known.get(c.field()), c.value()) : null;
        }
        if (condition instanceof Condition.Not not) {
            Boolean inner = decide(not.part(), known);
            return inner == null ? null : !inner;
        }
        boolean all = condition instanceof Condition.AllOf;
        List<Condition> parts = condition instanceof Condition.AllOf a ? a.parts()
                : condition instanceof Condition.AnyOf o ? o.parts() : null;
        if (parts == null) {
            return null;
        }
        boolean undecided = false;
        for (Condition part : parts) {
            Boolean b = decide(part, known);
            if (b == null) {
                undecided = true;
            } else if (b != all) {
                return b;
            }
        }
        return undecided ? null : all;
    }

    private static long beyondStage(Set<String> fields) {
        return fields.stream().filter(f -> !f.equals(STAGE)).count();
    }
}
