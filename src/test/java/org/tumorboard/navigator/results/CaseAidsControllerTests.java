package org.tumorboard.navigator.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.StarterEngineConfiguration;

/**
 * The result page's teaching aids over the starter rule set: why and why not per rule, what-if links and pages,
 * the PDF handout.
 */
@WebMvcTest({CaseFormController.class, CaseAidsController.class})
@Import({StarterEngineConfiguration.class, CaseAidsControllerTests.FixedClock.class, org.tumorboard.navigator.web.PublicAddress.class})
class CaseAidsControllerTests {

    static final String LAPC = "stage=LOCALLY_ADVANCED";

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2021-07-21T10:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    private String html(String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(URI.create(url))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The part of a page from the element with this id to the first {@code end} tag after it. */
    static String block(String html, String id, String end) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return html.substring(start, html.indexOf(end, start));
    }

    /** The block of the why/why-not section about one rule. */
    static String whyBlock(String html, String ruleId) {
        return block(html, "why-" + ruleId, "</div>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "                | IRE-PACEMAKER         | false | did not apply: Pacemaker unknown; the rule needs yes",
            "&pacemaker=NO&metalBiliaryStent=YES | IRE-PACEMAKER | false | did not apply: Pacemaker no; the rule needs yes",
            "&pacemaker=YES  | IRE-PACEMAKER         | true  | applied: this case met every condition",
            "&pacemaker=YES  | IRE-PACEMAKER-UNKNOWN | false | did not apply: Pacemaker yes; the rule needs unknown",
            "                | IRE-METAL-STENT       | false | did not apply: Metal biliary stent unknown; the rule needs yes"})
    void everyRuleOfTheTreatmentsShownSaysWhyOrWhyNotWithTheValueOfTheCase(String query, String ruleId,
                                                                          boolean applied, String verdict) throws Exception {
        String block = whyBlock(html("/cases/evaluation?" + LAPC + (query == null ? "" : query)), ruleId);
        assertThat(block).contains("data-applied=\"" + applied + "\"").contains(verdict);
        assertThat(block).contains("the derived fact &quot;locally advanced&quot; holds");
    }

    @Test
    void whyAndWhyNotIsFoldedAndOffersNoTreatmentTheResultDoesNotShow() throws Exception {
        String html = html("/cases/evaluation?stage=METASTATIC");
        assertThat(html).contains("id=\"why\"").doesNotContain("id=\"why-IRE-PACEMAKER\"");
        assertThat(html(("/cases/evaluation?" + LAPC))).contains("<details class=\"why-treatment\" id=\"why-modality-IRE\">");
    }

    @Test
    void theResultLinksEachOtherValueOfAFactToItsWhatIfPageWithTheSizeOfTheChange() throws Exception {
        String html = html("/cases/evaluation?" + LAPC);
        Matcher yes = Pattern.compile("<a rel=\"nofollow\" href=\"(/cases/what-if\\?change=pacemaker&amp;to=YES&amp;stage=LOCALLY_ADVANCED)\"[^>]*>yes</a>:\\s*adds 1, removes 1</li>")
                .matcher(html);
        assertThat(yes.find()).as("what-if link for pacemaker = yes").isTrue();
        // each fact of the case links to its what-if row, where some value changes the result
        assertThat(html).contains("href=\"#what-if-pacemaker\"").contains("id=\"what-if-pacemaker\"");
        assertThat(html).contains("change=pacemaker&amp;to=NO&amp;stage=LOCALLY_ADVANCED");
        // No link to the value the case already has, and none for the label.
        assertThat(html).doesNotContain("change=pacemaker&amp;to=&amp;").doesNotContain("change=label");
    }

    @Test
    void aWhatIfPageListsWhatWouldBeAddedRemovedAndChanged() throws Exception {
        String html = html("/cases/what-if?change=pacemaker&to=YES&" + LAPC);
        assertThat(html).contains("What if Pacemaker were yes instead of unknown?");
        assertThat(section(html, "what-if-added")).contains("data-rule-id=\"IRE-PACEMAKER\"")
                .doesNotContain("IRE-PACEMAKER-UNKNOWN");
        assertThat(section(html, "what-if-removed")).contains("data-rule-id=\"IRE-PACEMAKER-UNKNOWN\"");
        assertThat(html).contains("href=\"/cases/evaluation?stage=LOCALLY_ADVANCED&amp;pacemaker=YES\"")
                .contains("href=\"/cases/evaluation?stage=LOCALLY_ADVANCED\"");
    }

    @Test
    void aChangeThatChangesNothingSaysSo() throws Exception {
        assertThat(html("/cases/what-if?change=metalBiliaryStent&to=NO&" + LAPC)).contains("id=\"what-if-none\"")
                .doesNotContain("id=\"what-if-added\"");
    }

    private static String section(String html, String id) {
        return block(html, id, "</section>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "change=pacemker&to=YES     | change",
            "change=pacemaker&to=MAYBE  | to",
            "change=tumorSizeCm&to=99   | to",
            "change=label&to=x          | change"})
    void aWhatIfThatIsNotAValueOfAFieldIsRejectedNamingTheParameter(String query, String parameter) throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.get(URI.create("/cases/what-if?" + query + "&" + LAPC))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).at("/errors/0/field")
                .asString()).as(body).isEqualTo(parameter);
    }

    /** A client that is not a browser gets problem details for an invalid case, from every page that reads one. */
    @ParameterizedTest
    @ValueSource(strings = {"/cases/evaluation.pdf?stage=STAGE_V", "/cases/evaluation?stage=STAGE_V",
            "/cases/what-if?change=pacemaker&to=YES&stage=STAGE_V"})
    void aClientThatIsNotABrowserGetsProblemDetailsForAnInvalidCase(String address) throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(URI.create(address)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
    }

    @Test
    void aWhatIfOfARejectedCaseShowsTheFormWithItsProblems() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(URI.create("/cases/what-if?change=pacemaker&to=YES&age=7")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"age\"")));
    }

    @Test
    void theHandoutIsAPdfWithTheDisclaimerOnEveryPageTheRuleSetVersionAndTheDate() throws Exception {
        byte[] pdf = mvc.perform(MockMvcRequestBuilders.get(URI.create("/cases/evaluation.pdf?" + LAPC + "&pacemaker=YES&label=Handout%20test")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> pages = pages(pdf);
        assertThat(pages).isNotEmpty().allSatisfy(page -> assertThat(oneLine(page))
                .contains("Educational prototype. Not treatment advice.")
                .contains("Rule set version " + TestRuleSets.starterEngine().ruleSet().version())
                .contains("printed 2021-07-21"));
        String all = oneLine(String.join(" ", pages));
        assertThat(all).contains("Handout test").contains("For this case: 1 caution specific to it.")
                .contains("The review reports that patients with pacemakers may not be candidates for IRE");
        assertThat(html("/cases/evaluation?" + LAPC)).contains("href=\"/cases/evaluation.pdf?stage=LOCALLY_ADVANCED\"");
    }

    /** Each page's text, as PDFBox extracts it. */
    static List<String> pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new java.util.ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
