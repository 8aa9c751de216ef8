package org.tumorboard.navigator.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.Cases;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.Stage;
import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLoader;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.Kind;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleInfo;

/** The compiled conditions read against cases, on the real rule set: checks agree with Drools, and the basis. */
class GroundsTests {

    private static RuleEngine engine;

    @BeforeAll
    static void load() {
        engine = RuleEngine.load(TestRuleSets.REAL);
    }

    static Stream<Scenario> scenarios() {
        List<String> problems = new ArrayList<>();
        List<Scenario> scenarios = new ScenarioLoader(CaseReader.withDefaultValidator()).load(TestRuleSets.REAL, problems);
        assertThat(problems).isEmpty();
        return scenarios.stream();
    }

    private static CaseFacts stageOnly(Stage stage) {
        return Cases.stage(stage).build();
    }

    /** What the page says about a rule is what Drools did: a rule fired exactly where every condition is met. */
    @ParameterizedTest
    @MethodSource("scenarios")
    void aRuleFiresExactlyWhereTheCaseMeetsEveryConditionRead(Scenario scenario) {
        Evaluation evaluation = engine.evaluate(scenario.caseFacts());
        Grounds grounds = engine.ruleSet().grounds(evaluation);
        for (RuleInfo rule : engine.ruleSet().rules()) {
            List<Check> checks = grounds.checks(rule.id());
            if (checks.stream().anyMatch(c -> c.result() == Check.Result.NOT_EVALUATED)) {
                continue;
            }
            assertThat(checks.stream().noneMatch(Check::failed)).as(rule.id() + " in " + scenario.name())
                    .isEqualTo(evaluation.fired(rule.id()));
        }
    }

    @Test
    void everyRuleConditionIsReadNotKeptOpaque() {
        CaseFacts facts = stageOnly(Stage.LOCALLY_ADVANCED);
        Grounds grounds = engine.ruleSet().grounds(engine.evaluate(facts));
        assertThat(engine.ruleSet().rules()).allSatisfy(rule -> assertThat(grounds.checks(rule.id()))
                .as(rule.id()).noneMatch(c -> c.result() == Check.Result.NOT_EVALUATED));
    }

    /** A stage-only locally advanced case has nothing specific to it but its missing facts. */
    @Test
    void aStageOnlyLocallyAdvancedCaseHasNoCaseSpecificConsiderationButMissingInformation() {
        Evaluation evaluation = engine.evaluate(stageOnly(Stage.LOCALLY_ADVANCED));
        assertThat(evaluation.considerations()).filteredOn(c -> c.basis() == Basis.CASE)
                .isNotEmpty().allSatisfy(c -> assertThat(c.kind()).as(c.ruleId()).isEqualTo(Kind.MISSING_INFORMATION));
        assertThat(evaluation.considerations()).filteredOn(c -> c.kind() == Kind.MISSING_INFORMATION)
                .allSatisfy(c -> assertThat(c.basis()).as(c.ruleId()).isEqualTo(Basis.CASE));
        assertThat(evaluation.considerations()).filteredOn(c -> c.basis() == Basis.STAGE).hasSizeGreaterThan(20);
    }

    @Test
    void aCautionOnAFactOfTheCaseIsCaseSpecificAndItsFieldsAreTheOnesItRestsOn() {
        CaseFacts facts = Cases.lapc().with("tumorSizeCm", 3.2).with("pacemaker", true).build();
        Evaluation evaluation = engine.evaluate(facts);
        Grounds grounds = engine.ruleSet().grounds(evaluation);
        assertThat(grounds.restsOn("IRE-PACEMAKER")).containsExactlyInAnyOrder("stage", "pacemaker");
        assertThat(evaluation.considerations()).filteredOn(c -> c.ruleId().equals("IRE-PACEMAKER"))
                .singleElement().extracting(Consideration::basis).isEqualTo(Basis.CASE);
        // The local-ablation context reads surgical candidacy only for resectable disease: not for LAPC.
        assertThat(grounds.restsOn("DERIVED-LOCAL-ABLATION-CONTEXT")).containsExactly("stage");
        assertThat(evaluation.counts().get(Basis.CASE).get(Kind.CAUTION)).isPositive();
    }

    @Test
    void aFailedConditionIsTheOneTheCaseDoesNotMeet() {
        CaseFacts facts = Cases.lapc().with("tumorSizeCm", 3.2).build();
        Grounds grounds = engine.ruleSet().grounds(engine.evaluate(facts));
        assertThat(grounds.checks("IRE-PACEMAKER")).filteredOn(Check::failed)
                .extracting(c -> c.condition().toString()).containsExactly("pacemaker == true");
        assertThat(grounds.checks("GENERAL-METASTATIC-PROGNOSIS")).filteredOn(Check::failed)
                .singleElement().satisfies(c -> assertThat(c.derivers()).containsExactly("DERIVED-METASTATIC"));
    }

    @Test
    void whatARuleCanReachIsDecidedByTheKnownFactsAlone() {
        Conditions conditions = TestRuleSets.starterEngine().ruleSet().conditions();   // its pacemaker rule: LAPC only
        assertThat(Grounds.possible(conditions, "IRE-PACEMAKER", Map.of("stage", Stage.LOCALLY_ADVANCED))).isTrue();
        assertThat(Grounds.possible(conditions, "IRE-PACEMAKER", Map.of("stage", Stage.METASTATIC))).isFalse();
        assertThat(Grounds.possible(conditions, "IRE-PACEMAKER",
                Map.of("stage", Stage.LOCALLY_ADVANCED, "pacemaker", false))).isFalse();
    }

    @Test
    void threeValuedDecisionOfCombinations() {
        Condition a = new Condition.Comparison("pacemaker", Operator.EQUAL, true);
        Condition b = new Condition.Comparison("stage", Operator.EQUAL, Stage.METASTATIC);
        Map<String, Object> known = Map.of("stage", Stage.METASTATIC);
        assertThat(Grounds.decide(a, known)).isNull();
        assertThat(Grounds.decide(new Condition.AnyOf(List.of(a, b)), known)).isTrue();
        assertThat(Grounds.decide(new Condition.AllOf(List.of(a, b)), known)).isNull();
        assertThat(Grounds.decide(new Condition.Not(b), known)).isFalse();
        assertThat(Grounds.decide(new Condition.AllOf(List.of(a, new Condition.Not(b))), known)).isFalse();
    }
}
