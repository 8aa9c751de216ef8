package org.tumorboard.navigator.drools;

import org.tumorboard.navigator.intake.Cases;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseField;
import org.tumorboard.navigator.intake.ChemotherapyResponse;
import org.tumorboard.navigator.intake.Stage;
import org.tumorboard.navigator.intake.TumorLocation;
import org.tumorboard.navigator.conditions.Condition;
import org.tumorboard.navigator.conditions.Conditions;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.engine.RuleSetLoader;
import org.tumorboard.navigator.conditions.Operator;
import org.tumorboard.navigator.conditions.PatternCondition;
import org.tumorboard.navigator.conditions.RuleConditions;

class ConditionReaderTests {

    private static RuleSet real;

    @BeforeAll
    static void load() {
        real = RuleSetLoader.load(TestRuleSets.REAL);
    }

    @Test
    void readsEachPatternAndConstraintOfACompiledRule() {
        RuleConditions pacemaker = TestRuleSets.starterEngine().ruleSet().conditions().of("IRE-PACEMAKER").orElseThrow();
        assertThat(pacemaker.patterns()).extracting(PatternCondition::factType).containsExactly("LocallyAdvanced", "CaseFacts");
        assertThat(pacemaker.patterns()).extracting(PatternCondition::derived).containsExactly(true, false);
        assertThat(pacemaker.patterns().get(1).constraints()).containsExactly(new PatternCondition.Constraint(
                "pacemaker == true", new Condition.Comparison("pacemaker", Operator.EQUAL, true)));
        assertThat(pacemaker.ownFields()).containsExactly("pacemaker");
    }

    @Test
    void followsDerivedFactsToTheFieldsTheirDerivationRulesRead(@TempDir Path dir) {
        Conditions conditions = RuleSetLoader.load(TestRuleSets.sizedCopy(dir)).conditions();
        assertThat(conditions.derivers("LocallyAdvanced")).containsExactly("DERIVED-LOCALLY-ADVANCED");
        assertThat(conditions.fields("SIZE-OVER-4CM")).containsExactlyInAnyOrder("stage", "tumorSizeCm");
        RuleConditions over = conditions.of("SIZE-OVER-4CM").orElseThrow();
        assertThat(over.patterns().get(1).constraints()).extracting(PatternCondition.Constraint::condition)
                .containsExactly(new Condition.Comparison("tumorSizeCm", Operator.GREATER, 4.0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "age < 65 ; age < 65",
            "65 > age ; age < 65",
            "stage == Stage.METASTATIC ; stage == METASTATIC",
            "tumorSizeCm >= 6 ; tumorSizeCm >= 6.0",
            "stage == Stage.RESECTABLE || surgicalCandidate == null ; AnyOf[parts=[stage == RESECTABLE, surgicalCandidate == null]]",
            "!(pacemaker == true) ; Not[part=pacemaker == true]",
            "label.length() > 3 ; Opaque[expression=label.length() > 3, fields=[label]]",
    })
    void breaksAnExpressionIntoFieldOperatorAndTypedValue(String expression, String condition) {
        assertThat(ConditionReader.condition(expression, CaseFacts.class)).hasToString(condition);
    }

    @Test
    void everyConstraintOfTheRealRuleSetIsUnderstood() {
        assertThat(real.conditions().all()).flatExtracting(RuleConditions::patterns)
                .flatExtracting(PatternCondition::constraints)
                .extracting(PatternCondition.Constraint::condition)
                .noneMatch(c -> c instanceof Condition.Opaque);
    }

    /** The conditions as read agree with Drools: a rule fires exactly when its patterns hold. */
    @Test
    void theConditionsAsReadPredictWhichRulesFire() {
        RuleEngine engine = new RuleEngine(real);
        List<CaseFacts> cases = List.of(
                Cases.lapc().with("age", 64).with("tumorLocation", TumorLocation.HEAD).with("tumorSizeCm", 4.1)
                        .with("pacemaker", true).with("surgicalClips", false)
                        .with("chemotherapyResponse", ChemotherapyResponse.NOT_TREATED).with("ca199", 2000.1)
                        .with("surgicalCandidate", false).build(),
                Cases.metastatic().with("age", 70).with("tumorLocation", TumorLocation.TAIL)
                        .with("liverMetastases", true).with("liverDominantDisease", true).with("liverLesionCount", 2)
                        .with("largestLiverLesionCm", 2.0).with("chemotherapyResponse", ChemotherapyResponse.STABLE)
                        .with("severeChemotherapyToxicity", false).with("gastricOutletObstruction", true)
                        .with("priorResection", true).with("neutrophilLymphocyteRatio", 2.6).build(),
                Cases.metastatic().with("liverMetastases", true).with("liverDominantDisease", true)
                        .with("chemotherapyResponse", ChemotherapyResponse.PROGRESSION).with("ca199", 10).build(),
                Cases.stage(Stage.RESECTABLE).with("tumorLocation", TumorLocation.BODY).with("tumorSizeCm", 6.0)
                        .with("surgicalCandidate", false).build());
        for (CaseFacts facts : cases) {
            Evaluation evaluation = engine.evaluate(facts);
            // A consideration rule applies when its conclusion stands at the end (a rule that fired and whose
            // conclusion was withdrawn when a "not" pattern stopped holding does not); a derivation rule when it fired.
            Set<String> applied = new HashSet<>(evaluation.firedRules());
            applied.removeIf(id -> !real.rule(id).orElseThrow().derivation());
            evaluation.considerations().forEach(c -> applied.add(c.ruleId()));
            for (RuleConditions rule : real.conditions().all()) {
                assertThat(predicted(rule, facts, evaluation.firedRules(), real.conditions()))
                        .as(rule.ruleId() + " for " + facts).isEqualTo(applied.contains(rule.ruleId()));
            }
        }
    }

    private static boolean predicted(RuleConditions rule, CaseFacts facts, Set<String> fired, Conditions all) {
        for (PatternCondition pattern : rule.patterns()) {
            boolean present = pattern.derived()
                    ? all.derivers(pattern.factType()).stream().anyMatch(fired::contains)
                    : pattern.constraints().stream().allMatch(c -> c.condition().holds(f -> value(facts, f)));
            if (present == pattern.negated()) {
                return false;
            }
        }
        return true;
    }

    private static Object value(CaseFacts facts, String field) {
        return CaseField.valueOf(facts, field);
    }
}
