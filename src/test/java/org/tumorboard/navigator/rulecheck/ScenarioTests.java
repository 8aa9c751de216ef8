package org.tumorboard.navigator.rulecheck;

import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.intake.CaseReader;

/** The real rule set under rules/: every scenario as its own test, then the rule set's own checks. */
class ScenarioTests {

    private static RuleEngine engine;
    private static List<Scenario> scenarios;
    private static final List<String> LOAD_PROBLEMS = new ArrayList<>();

    @BeforeAll
    static void load() {
        engine = RuleEngine.load(TestRuleSets.REAL);
        scenarios = new ScenarioLoader(CaseReader.withDefaultValidator()).load(TestRuleSets.REAL, LOAD_PROBLEMS);
    }

    @TestFactory
    Stream<DynamicTest> everyScenario() {
        return scenarios.stream().map(s -> dynamicTest(s.name() + ": " + s.purpose(), () ->
                assertThat(RuleSetVerifier.run(engine, s).failures()).as(s.purpose()).isEmpty()));
    }

    @Test
    void everyScenarioFileReads() {
        assertThat(LOAD_PROBLEMS).isEmpty();
        assertThat(scenarios).isNotEmpty();
    }

    @Test
    void everyRuleFiresInSomeScenarioAndIsShownNotFiringInAnother() {
        assertThat(RuleSetVerifier.coverageGaps(engine.ruleSet(), scenarios)).isEmpty();
    }

    @Test
    void everyCatalogueEntryIsCitedEveryTrialListedAndNoRuleGivesAdvice() {
        assertThat(RuleSetVerifier.contentProblems(engine.ruleSet())).isEmpty();
    }

    @Test
    void everyRuleHasItsMetadataAndCitesTheReview() {
        assertThat(engine.ruleSet().rules()).allSatisfy(rule -> {
            assertThat(rule.id()).matches("[A-Z0-9]+(-[A-Z0-9]+)*");
            assertThat(rule.passage()).isNotBlank();
            assertThat(rule.citations()).isNotEmpty();
            if (!rule.derivation()) {
                assertThat(rule.explanation()).isNotBlank();
            }
        });
        assertThat(engine.ruleSet().rules()).extracting(RuleInfo::title).doesNotHaveDuplicates();
    }

    @Test
    void theReviewsFourFiguresAreScenariosWithWalkthroughs() {
        assertThat(scenarios).filteredOn(s -> s.figure() != null)
                .extracting(Scenario::figure).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(scenarios).filteredOn(s -> s.figure() != null)
                .allSatisfy(s -> assertThat(s.walkthrough()).isNotNull());
    }
}
