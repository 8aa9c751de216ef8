package org.tumorboard.navigator.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSetLoader;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.Cases;
import tools.jackson.databind.json.JsonMapper;

/** Answers kept for cases asked again are the mapper's bytes of a fresh evaluation, and only for their rule set. */
class EvaluationResponsesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long ROOMY = 1 << 24;

    private final CaseFacts lapc = Cases.lapc().with("metalBiliaryStent", true).build();
    private final CaseFacts metastatic = Cases.metastatic().with("liverDominantDisease", true).build();

    @Test
    void aCaseAskedAgainGetsTheSameBytesAsAFreshEvaluation() {
        RuleEngine engine = RuleEngine.load(TestRuleSets.REAL);
        EvaluationResponses responses = new EvaluationResponses(engine, JSON, ROOMY);
        byte[] first = responses.bytes(lapc);
        assertThat(responses.bytes(lapc)).isSameAs(first).isEqualTo(JSON.writeValueAsBytes(engine.evaluate(lapc)));
        assertThat(responses.bytes(metastatic)).isEqualTo(JSON.writeValueAsBytes(engine.evaluate(metastatic)));
        assertThat(responses.kept()).isEqualTo(2);
    }

    @Test
    void aReplacedRuleSetIsNeverAnsweredWithTheOldOnesBytes() {
        RuleEngine engine = RuleEngine.load(TestRuleSets.REAL);
        EvaluationResponses responses = new EvaluationResponses(engine, JSON, ROOMY);
        String before = new String(responses.bytes(lapc), StandardCharsets.UTF_8);
        engine.replace(RuleSetLoader.load(TestRuleSets.STARTER));
        String after = new String(responses.bytes(lapc), StandardCharsets.UTF_8);
        assertThat(after).isNotEqualTo(before).contains(engine.ruleSet().version())
                .isEqualTo(JSON.writeValueAsString(engine.evaluate(lapc)));
    }

    @Test
    void keepsNoMoreThanItsBytesAllowAndNothingWhenTheyAreZero() {
        RuleEngine engine = RuleEngine.load(TestRuleSets.REAL);
        int size = JSON.writeValueAsBytes(engine.evaluate(lapc)).length;
        EvaluationResponses small = new EvaluationResponses(engine, JSON, size + 1024);
        EvaluationResponses none = new EvaluationResponses(engine, JSON, 0);
        for (int age = 40; age < 50; age++) {
            CaseFacts facts = Cases.from(lapc).with("age", age).build();
            byte[] expected = JSON.writeValueAsBytes(engine.evaluate(facts));
            assertThat(small.bytes(facts)).isEqualTo(expected);
            assertThat(none.bytes(facts)).isEqualTo(expected);
        }
        assertThat(small.kept()).isBetween(0L, 1L);
        assertThat(none.kept()).isZero();
    }
}
