package org.tumorboard.navigator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.Cases;
import org.tumorboard.navigator.intake.Stage;
import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLoader;

/** The basis compiled once per rule set is the basis {@link Grounds} works out, rule by rule and case by case. */
class BasisPlanTests {

    private static final Condition LOCALLY_ADVANCED = new Condition.Comparison("stage", Operator.EQUAL, Stage.LOCALLY_ADVANCED);
    private static final Condition PACEMAKER = new Condition.Comparison("pacemaker", Operator.EQUAL, true);

    @Test
    void everyFiredRuleOfEveryScenarioHasTheBasisGroundsGivesIt() {
        RuleEngine engine = RuleEngine.load(TestRuleSets.REAL);
        BasisPlan plan = engine.ruleSet().basisPlan().orElseThrow();
        List<Scenario> scenarios = new ScenarioLoader(CaseReader.withDefaultValidator()).load(TestRuleSets.REAL, new ArrayList<>());
        int compared = 0;
        for (Scenario scenario : scenarios) {
            Evaluation evaluation = engine.evaluate(scenario.caseFacts());
            Grounds grounds = Grounds.of(engine.ruleSet(), evaluation);
            for (String rule : evaluation.firedRules()) {
                assertThat(plan.basis(rule, values(scenario.caseFacts()), evaluation.firedRules()))
                        .as(scenario.name() + ", " + rule).isEqualTo(grounds.basis(rule));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(200);
    }

    /** {@code stage == LOCALLY_ADVANCED || pacemaker == true}: the holding branch that reads least beyond the stage. */
    @Test
    void anAlternativeRestsOnTheHoldingBranchThatReadsLeastBeyondTheStage() {
        Conditions conditions = new Conditions(List.of(rule("R", pattern("CaseFacts", false, false,
                new Condition.AnyOf(List.of(LOCALLY_ADVANCED, PACEMAKER))))));
        BasisPlan plan = BasisPlan.of(conditions).orElseThrow();
        Map<CaseFacts, Basis> expected = Map.of(
                Cases.lapc().build(), Basis.STAGE,
                Cases.lapc().with("pacemaker", true).build(), Basis.STAGE,
                Cases.metastatic().with("pacemaker", true).build(), Basis.CASE);
        expected.forEach((facts, basis) -> {
            assertThat(plan.basis("R", values(facts), Set.of())).isEqualTo(basis);
            assertThat(new Grounds(conditions, facts, Set.of()).basis("R")).isEqualTo(basis);
        });
    }

    /** A derived fact rests on the fired derivation rule that reads least beyond the stage; an absent one on every field. */
    @Test
    void aDerivedFactRestsOnTheDerivationRulesThatFired() {
        Conditions conditions = new Conditions(List.of(
                derivation("BY-STAGE", "Setting", pattern("CaseFacts", false, false, LOCALLY_ADVANCED)),
                derivation("BY-PACEMAKER", "Setting", pattern("CaseFacts", false, false, PACEMAKER)),
                rule("USES", pattern("Setting", true, false)),
                rule("WITHOUT", pattern("Setting", true, true))));
        BasisPlan plan = BasisPlan.of(conditions).orElseThrow();
        CaseFacts facts = Cases.lapc().with("pacemaker", true).build();
        for (Set<String> fired : List.of(Set.of("BY-STAGE"), Set.of("BY-PACEMAKER"), Set.of("BY-STAGE", "BY-PACEMAKER"), Set.<String>of())) {
            Grounds grounds = new Grounds(conditions, facts, fired);
            for (String rule : List.of("USES", "WITHOUT")) {
                assertThat(plan.basis(rule, values(facts), new TreeSet<>(fired))).as(rule + " " + fired)
                        .isEqualTo(grounds.basis(rule));
            }
        }
        assertThat(plan.basis("USES", values(facts), Set.of("BY-PACEMAKER"))).isEqualTo(Basis.CASE);
        assertThat(plan.basis("USES", values(facts), Set.of("BY-STAGE", "BY-PACEMAKER"))).isEqualTo(Basis.STAGE);
        assertThat(plan.basis("WITHOUT", values(facts), Set.of())).isEqualTo(Basis.CASE);
    }

    @Test
    void derivationRulesInACycleHaveNoPlanSoGroundsWorksTheBasisOut() {
        Conditions conditions = new Conditions(List.of(
                derivation("A", "FromB", pattern("FromA", true, false)),
                derivation("B", "FromA", pattern("FromB", true, false))));
        assertThat(BasisPlan.of(conditions)).isEmpty();
    }

    private static Function<String, Object> values(CaseFacts facts) {
        return field -> Grounds.valueOf(facts, field);
    }

    private static PatternCondition pattern(String type, boolean derived, boolean negated, Condition... conditions) {
        List<PatternCondition.Constraint> constraints = new ArrayList<>();
        for (Condition condition : conditions) {
            constraints.add(new PatternCondition.Constraint(condition.toString(), condition));
        }
        return new PatternCondition(type, derived, negated, constraints, Set.of());
    }

    private static RuleConditions rule(String id, PatternCondition... patterns) {
        return new RuleConditions(id, List.of(patterns), Set.of());
    }

    private static RuleConditions derivation(String id, String derives, PatternCondition... patterns) {
        return new RuleConditions(id, List.of(patterns), Set.of(derives));
    }
}
