package org.tumorboard.navigator.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tumorboard.navigator.engine.RuleEngine;

/** The teaching aids against the real rule set under {@code rules/}: why not, basis in JSON, a multi-page PDF. */
@SpringBootTest
@AutoConfigureMockMvc
class RealRuleSetAidsTests {

    static final String LAPC = "stage=LOCALLY_ADVANCED";

    @Autowired
    MockMvc mvc;

    @Autowired
    RuleEngine engine;

    private byte[] get(String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(URI.create(url))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "                 | IRE-PACEMAKER         | did not apply: Pacemaker unknown; the rule needs yes",
            "&pacemaker=YES   | IRE-PACEMAKER-UNKNOWN | did not apply: Pacemaker yes; the rule needs unknown"})
    void whyNotNamesTheFailedConditionWithTheValueOfTheCase(String query, String ruleId, String verdict) throws Exception {
        String html = new String(get("/cases/evaluation?" + LAPC + (query == null ? "" : query)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(CaseAidsControllerTests.whyBlock(html, ruleId)).contains(verdict);
    }

    @Test
    void theJsonCarriesTheBasisOfEachConsiderationAndTheCounts() throws Exception {
        String json = new String(get("/cases/evaluation.json?" + LAPC + "&pacemaker=YES"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"ruleId\":\"IRE-PACEMAKER\",\"modality\":\"IRE\",\"kind\":\"CAUTION\",\"basis\":\"CASE\"")
                .contains("\"ruleId\":\"IRE-MECHANISM\",\"modality\":\"IRE\",\"kind\":\"NOTE\",\"basis\":\"STAGE\"")
                .containsPattern("\"counts\":\\{\"CASE\":\\{\"CAUTION\":\\d+,\"MISSING_INFORMATION\":\\d+,\"EVIDENCE\":\\d+,\"NOTE\":\\d+},\"STAGE\":\\{");
    }

    @Test
    void theHandoutRunsOverSeveralPagesWithTheDisclaimerOnEachInTheResultOrder() throws Exception {
        List<String> pages = CaseAidsControllerTests.pages(get("/cases/evaluation.pdf?" + LAPC + "&pacemaker=YES"));
        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(page -> assertThat(CaseAidsControllerTests.oneLine(page))
                .contains("Educational prototype. Not treatment advice.")
                .contains("Rule set version " + engine.ruleSet().version())
                .containsPattern("printed \\d{4}-\\d{2}-\\d{2}"));
        String all = CaseAidsControllerTests.oneLine(String.join(" ", pages));
        assertThat(all.indexOf("For this case:")).isLessThan(all.indexOf("Specific to this case"));
        assertThat(all.indexOf("Specific to this case")).isLessThan(all.indexOf("Background for every case of this stage"));
        assertThat(all.indexOf("patients with pacemakers may not be candidates for IRE"))
                .isLessThan(all.indexOf("Background for every case of this stage"));
    }

    /** The README's example (docs/case-contract.md) as a handout: at most 6 A4 pages, tagged PDF/UA-1 (veraPDF). */
    @Test
    void theReadmeExamplesHandoutFitsSixPagesAndIsAccessiblePdf() throws Exception {
        var facts = org.tumorboard.navigator.intake.CaseReader.withDefaultValidator().read(java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("src/test/resources/cases/lapc-head-stent.json")));
        byte[] pdf = get("/cases/evaluation.pdf?" + org.tumorboard.navigator.intake.CaseQuery.of(facts));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(1, 6);
            assertThat(document.getDocumentInformation().getTitle()).startsWith(facts.label());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
        assertThat(PdfUa.failures(pdf)).isEmpty();
        String all = CaseAidsControllerTests.oneLine(String.join(" ", CaseAidsControllerTests.pages(pdf)));
        assertThat(all).contains("This result online", "/cases/evaluation?label=Example").containsPattern("https?://");
    }
}
