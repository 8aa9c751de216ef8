package org.tumorboard.navigator.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tumorboard.navigator.intake.CaseFacts;

/**
 * Each rule's {@linkplain Grounds#basis basis}, compiled once per rule set from the conditions {@link Grounds} reads,
 * so that an evaluation works it out without building the sets of fields a match rests on. {@link Grounds} asks
 * whether those fields go beyond the stage; most of the answer is fixed by the rule (a condition on any other field
 * makes it {@link Basis#CASE} whatever the case), and what is left depends only on which alternative of an
 * {@code ||} holds and which derivation rules fired. Those parts stay as tests of the case; the rest is folded into
 * constants here.
 * <p>The plan is exactly {@link Grounds#basis}: a positive derived fact adds the fields of the fired derivation rule
 * that reads fewest beyond the stage, so it goes beyond the stage when every fired one does; an alternative adds
 * the fields of the holding branch that reads fewest, so likewise. A rule set whose derivation rules form a cycle
 * has no plan ({@link #of} is empty) and {@link Grounds} is used as it is.
 */
final class BasisPlan {

    /** Whether the fields a fired rule's match rests on go beyond the stage, for one case. */
    private sealed interface Test {
        boolean beyondStage(Function<String, Object> values, Set<String> fired);
    }

    private record Fixed(boolean value) implements Test {
        static final Fixed YES = new Fixed(true);
        static final Fixed NO = new Fixed(false);

        @Override
        public boolean beyondStage(Function<String, Object> values, Set<String> fired) {
            return value;
        }
    }

    /** Any of the parts goes beyond the stage (the union of a rule's checks, or of an {@code &&}'s parts). */
    private record AnyPart(List<Test> parts) implements Test {
        @Override
        public boolean beyondStage(Function<String, Object> values, Set<String> fired) {
            for (Test part : parts) {
                if (part.beyondStage(values, fired)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An {@code ||}: every holding branch goes beyond the stage; where none holds, all its fields count. */
    private record Alternatives(List<Condition> branches, List<Test> tests, boolean noneHolds) implements Test {
        @Override
        public boolean beyondStage(Function<String, Object> values, Set<String> fired) {
            boolean anyHolds = false;
            for (int i = 0; i < branches.size(); i++) {
                if (holds(branches.get(i), values)) {
                    anyHolds = true;
                    if (!tests.get(i).beyondStage(values, fired)) {
                        return false;
                    }
                }
            }
            return anyHolds || noneHolds;
        }
    }

    /** A derived fact that must be present: every fired derivation rule's match goes beyond the stage. */
    private record Derived(List<String> derivers, List<Test> tests) implements Test {
        @Override
        public boolean beyondStage(Function<String, Object> values, Set<String> fired) {
            boolean anyFired = false;
            for (int i = 0; i < derivers.size(); i++) {
                if (fired.contains(derivers.get(i))) {
                    anyFired = true;
                    if (!tests.get(i).beyondStage(values, fired)) {
                        return false;
                    }
                }
            }
            return anyFired;
        }
    }

    private final Conditions conditions;
    private final Map<String, Test> byRule = new HashMap<>();

    private BasisPlan(Conditions conditions) {
        this.conditions = conditions;
    }

    /** The plan of a rule set's conditions, or empty where its derivation rules depend on each other in a cycle. */
    static Optional<BasisPlan> of(Conditions conditions) {
        BasisPlan plan = new BasisPlan(conditions);
        try {
            for (RuleConditions rule : conditions.all()) {
                plan.rule(rule.ruleId(), new HashSet<>());
            }
        } catch (Cycle cycle) {
            return Optional.empty();
        }
        return Optional.of(plan);
    }

    /** Each fired rule's basis for one evaluated case, by rule id. */
    Function<String, Basis> basisOf(CaseFacts facts, Set<String> fired) {
        Function<String, Object> values = field -> Grounds.valueOf(facts, field);
        return ruleId -> basis(ruleId, values, fired);
    }

    /** The basis of a fired rule's match for a case with these field values and fired rules. */
    Basis basis(String ruleId, Function<String, Object> values, Set<String> fired) {
        Test test = byRule.get(ruleId);
        if (test == null) {
            throw new IllegalArgumentException("no rule " + ruleId);
        }
        return test.beyondStage(values, fired) ? Basis.CASE : Basis.STAGE;
    }

    private Test rule(String ruleId, Set<String> visiting) {
        Test known = byRule.get(ruleId);
        if (known != null) {
            return known;
        }
        if (!visiting.add(ruleId)) {
            throw new Cycle();
        }
        RuleConditions rule = conditions.of(ruleId).orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
        List<Test> checks = new ArrayList<>();
        for (PatternCondition pattern : rule.patterns()) {
            if (pattern.derived() && pattern.negated()) {
                boolean beyond = false;
                for (String deriver : conditions.derivers(pattern.factType())) {
                    beyond |= beyondStage(conditions.fields(deriver));
                }
                checks.add(beyond ? Fixed.YES : Fixed.NO);
            } else if (pattern.derived()) {
                List<String> derivers = conditions.derivers(pattern.factType());
                List<Test> tests = new ArrayList<>();
                for (String deriver : derivers) {
                    tests.add(rule(deriver, visiting));
                }
                checks.add(new Derived(derivers, List.copyOf(tests)));
            } else if (pattern.negated()) {
                checks.add(fixed(beyondStage(pattern.fields())));
            } else {
                pattern.constraints().forEach(c -> checks.add(support(c.condition())));
            }
        }
        visiting.remove(ruleId);
        Test test = any(checks);
        byRule.put(ruleId, test);
        return test;
    }

    /** What {@link Grounds}' support of a condition adds, as a test. */
    private static Test support(Condition condition) {
        if (condition instanceof Condition.Comparison c) {
            return fixed(!c.field().equals(Grounds.STAGE));
        }
        if (condition instanceof Condition.AllOf all) {
            return any(all.parts().stream().map(BasisPlan::support).toList());
        }
        if (condition instanceof Condition.AnyOf anyOf) {
            List<Test> tests = anyOf.parts().stream().map(BasisPlan::support).toList();
            boolean noneHolds = beyondStage(condition.fields());
            if (noneHolds && tests.stream().allMatch(Fixed.YES::equals)) {
                return Fixed.YES;
            }
            return new Alternatives(anyOf.parts(), tests, noneHolds);
        }
        return fixed(beyondStage(condition.fields()));
    }

    private static Test any(List<Test> parts) {
        List<Test> open = new ArrayList<>();
        for (Test part : parts) {
            if (Fixed.YES.equals(part)) {
                return Fixed.YES;
            }
            if (!Fixed.NO.equals(part)) {
                open.add(part);
            }
        }
        return open.isEmpty() ? Fixed.NO : open.size() == 1 ? open.get(0) : new AnyPart(List.copyOf(open));
    }

    private static Test fixed(boolean value) {
        return value ? Fixed.YES : Fixed.NO;
    }

    private static boolean holds(Condition condition, Function<String, Object> values) {
        try {
            return condition.holds(values);
        } catch (UnsupportedOperationException opaque) {
            return false;
        }
    }

    private static boolean beyondStage(Set<String> fields) {
        for (String field : fields) {
            if (!field.equals(Grounds.STAGE)) {
                return true;
            }
        }
        return false;
    }

    private static final class Cycle extends RuntimeException {
        Cycle() {
            super(null, null, false, false);
        }
    }
}
