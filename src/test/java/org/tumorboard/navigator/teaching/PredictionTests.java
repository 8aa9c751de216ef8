package org.tumorboard.navigator.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tumorboard.navigator.StarterEngineConfiguration;

/**
 * Prediction mode over the starter rule set: figure 1 is locally advanced with a pacemaker (the pacemaker caution
 * applies; the metal-stent caution does not, the stent being unknown); figure 3 is metastatic (no IRE rule applies).
 */
@WebMvcTest(WalkthroughController.class)
@Import({StarterEngineConfiguration.class, WalkthroughControllerTests.Figures.class})
class PredictionTests {

    @Autowired
    MockMvc mvc;

    private String html(String url) throws Exception {
        return mvc.perform(get(URI.create(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The row of a comparison table with this value. */
    private static String row(String html, String value) {
        int start = html.indexOf("data-value=\"" + value + "\"");
        assertThat(start).as("row " + value).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void theWalkthroughAsksForPredictionsBeforeTheRevealWithChoicesFromTheRuleSet() throws Exception {
        String html = html("/walkthroughs/1");
        assertThat(html).contains("<form method=\"get\" action=\"/walkthroughs/1/predictions\" id=\"prediction-form\">");
        assertThat(html).doesNotContain("id=\"reveal-considerations\"");
        String submitted = html("/walkthroughs/1/predictions?treatment=IRE");
        assertThat(submitted.indexOf("id=\"prediction-results\"")).isPositive()
                .isLessThan(submitted.indexOf("id=\"reveal-considerations\""));
        assertThat(html).contains("name=\"treatment\" value=\"IRE\"")
                .contains("name=\"caution\" value=\"IRE-PACEMAKER\"").contains("name=\"caution\" value=\"IRE-METAL-STENT\"")
                .contains("name=\"missing\" value=\"pacemaker\"")
                .doesNotContain("id=\"prediction-results\"");
        // Only the cautions of the case's stage: the starter's are all for locally advanced disease.
        assertThat(html("/walkthroughs/3")).doesNotContain("name=\"caution\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "caution=IRE-PACEMAKER    | IRE-PACEMAKER   | HIT                | <td>Pacemaker: yes</td>",
            "treatment=IRE            | IRE-PACEMAKER   | MISS               | <td>Pacemaker: yes</td>",
            "caution=IRE-METAL-STENT  | IRE-METAL-STENT | FALSE_PICK         | did not apply: Metal biliary stent unknown; the rule needs yes",
            "caution=IRE-PACEMAKER    | IRE-METAL-STENT | CORRECTLY_LEFT_OUT | did not apply: Metal biliary stent unknown; the rule needs yes",
            "treatment=IRE            | IRE             | HIT                | 1 consideration for this case",
            "missing=pacemaker        | pacemaker       | FALSE_PICK         | known in this case: yes"})
    void picksAreShownBesideTheRuleSetWithHitsMissesAndReasons(String picks, String value, String verdict,
                                                                 String reason) throws Exception {
        String html = html("/walkthroughs/1/predictions?" + picks);
        String row = row(html, value);
        assertThat(row).contains("data-verdict=\"" + verdict + "\"").contains(reason);
        assertThat(html).contains("id=\"prediction-score\"").contains("checked=\"checked\"");
    }

    @Test
    void theScoreCountsHitsAgainstWhatTheRuleSetReports() throws Exception {
        String html = html("/walkthroughs/1/predictions?treatment=IRE&caution=IRE-PACEMAKER&caution=IRE-METAL-STENT");
        assertThat(html).contains("Treatments: 1 of 1 found. Cautions specific to this case: 1 of 1 found. Missing facts: "
                + "0 of 0 found. Picks the rule set does not make: 1.");
        // the reveal counts the same case-specific cautions
        assertThat(html).containsPattern("For this case:\\s*</span>\\s*<span>1 caution");
    }

    @ParameterizedTest
    @ValueSource(strings = {"caution=NOT-A-RULE", "treatment=SURGERY", "missing=stage", "guess=IRE"})
    void aPickThatIsNotAChoiceIsRejectedNamingItsParameter(String picks) throws Exception {
        String body = mvc.perform(get(URI.create("/walkthroughs/1/predictions?" + picks)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).at("/errors/0/field")
                .asString()).as(body).isEqualTo(picks.substring(0, picks.indexOf('=')));
    }
}
