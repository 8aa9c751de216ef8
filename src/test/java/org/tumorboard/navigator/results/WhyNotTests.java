package org.tumorboard.navigator.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.Cases;

/** Why a rule did not apply, in words: the first failed condition with the case's value and what the rule needs. */
class WhyNotTests {

    private static RuleEngine engine;

    @BeforeAll
    static void load(@TempDir Path dir) {
        engine = RuleEngine.load(TestRuleSets.sizedCopy(dir));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3.2 | SIZE-OVER-4CM | did not apply: Tumour size 3.2 cm; the rule needs more than 4 cm",
            "    | SIZE-OVER-4CM | did not apply: Tumour size unknown; the rule needs more than 4 cm",
            "4.1 | SIZE-OVER-4CM | applied"})
    void namesTheFailedConditionWithTheValueOfTheCase(Double size, String ruleId, String verdict) {
        CaseFacts facts = Cases.lapc().with("tumorSizeCm", size).build();
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "messages/results");
        messages.setDefaultEncoding("UTF-8");
        WhyNot why = WhyNot.of(engine.ruleSet(), engine.evaluate(facts), messages, Locale.UK);
        assertThat(why.verdict(ruleId)).startsWith(verdict);
    }
}
