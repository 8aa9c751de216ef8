package org.tumorboard.navigator.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.net.URI;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseFormFields;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.intake.Cases;
import org.tumorboard.navigator.intake.FormField;
import org.tumorboard.navigator.StarterEngineConfiguration;

@WebMvcTest(CaseFormController.class)
@Import(StarterEngineConfiguration.class)
class CaseFormControllerTests {

    /** Elements a label could inject if it were not escaped. */
    private static final String INJECTED = "img, [onmouseover], [onerror], script:containsData(alert)";

    @Autowired
    MockMvc mvc;

    static Stream<FormField> fields() {
        return CaseFormFields.fields().stream();
    }

    /** A browser's GET of a URL that is already encoded (MockMvc's template variant would encode it again). */
    static MockHttpServletRequestBuilder get(String url) {
        return MockMvcRequestBuilders.get(URI.create(url)).accept(MediaType.TEXT_HTML);
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** The form shown again for a rejected case: 400, like the JSON twin and the API. */
    private Document rejected(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isBadRequest())
                .andExpect(view().name("cases/form")).andReturn().getResponse().getContentAsString());
    }

    /** The inputs and selects named {@code name}. */
    static Elements controls(Document page, String name) {
        return page.select("input[name=" + name + "], select[name=" + name + "]");
    }

    @ParameterizedTest
    @MethodSource("fields")
    void everyCaseFieldHasAControlWithABoundLabel(FormField field) throws Exception {
        Document page = page("/cases/new");
        Elements controls = controls(page, field.name());
        if (field.control() == FormField.Control.ANSWER) {
            assertThat(page.select("fieldset#" + field.name() + " > legend").text()).isNotBlank();
            assertThat(controls).hasSize(3).allSatisfy(c -> assertThat(c.attr("type")).isEqualTo("radio"));
            assertThat(controls).extracting(c -> c.attr("value")).containsExactly("UNKNOWN", "YES", "NO");
        } else {
            assertThat(controls).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo(field.name()));
            assertThat(page.select("label[for=" + field.name() + "]").text()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("fields")
    void unknownIsTheDefaultOfEveryOptionalField(FormField field) throws Exception {
        Elements controls = controls(page("/cases/new"), field.name());
        switch (field.control()) {
            case ANSWER -> assertThat(controls.select("[checked]")).singleElement()
                    .satisfies(c -> assertThat(c.attr("value")).isEqualTo("UNKNOWN"));
            case CHOICE -> {
                assertThat(controls.select("option[selected]")).isEmpty();
                Element first = controls.select("option").first();
                assertThat(first.attr("value")).isEmpty();
                assertThat(first.text()).isEqualTo(field.required() ? "Choose…" : "Unknown");
            }
            default -> assertThat(controls.attr("value")).isEmpty();
        }
    }

    @Test
    void formShowsUnitsAndTheCaseModelsRanges() throws Exception {
        Document page = page("/cases/new");
        assertThat(page.title()).isEqualTo("New case · Tumor Board Navigator");
        assertThat(page.select("#age-hint").text()).startsWith("years · allowed 18–100");
        assertThat(page.select("#tumorSizeCm-hint").text()).startsWith("cm, largest diameter · allowed 0.1–25");
        assertThat(page.select("#ca199-hint").text()).startsWith("U/mL, baseline · allowed 0–1000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "record", "mrn", "birth", "dob", "patientId"})
    void noFieldAsksForAnIdentity(String word) throws Exception {
        assertThat(page("/cases/new").select("[name]")).extracting(e -> e.attr("name").toLowerCase())
                .isNotEmpty()
                .noneMatch(name -> name.contains(word.toLowerCase()));
    }

    @Test
    void theFormCanBeFilledInFromTheQuery() throws Exception {
        Document page = page("/cases/new?stage=METASTATIC&pacemaker=YES&tumorSizeCm=4.5&tumorLocation=TAIL");
        assertThat(controls(page, "stage").select("option[selected]").attr("value")).isEqualTo("METASTATIC");
        assertThat(controls(page, "tumorLocation").select("option[selected]").attr("value")).isEqualTo("TAIL");
        assertThat(controls(page, "pacemaker").select("[checked]").attr("value")).isEqualTo("YES");
        assertThat(controls(page, "tumorSizeCm").attr("value")).isEqualTo("4.5");
    }

    @Test
    void aValidCaseShowsItsEvaluation() throws Exception {
        CaseFacts facts = Cases.lapc().label("LAPC").with("pacemaker", true).build();
        String html = mvc.perform(get("/cases/evaluation?label=LAPC&stage=LOCALLY_ADVANCED&pacemaker=YES"))
                .andExpect(status().isOk())
                .andExpect(view().name("cases/result"))
                .andExpect(model().attribute("evaluation",
                        EvaluationView.of(TestRuleSets.starterEngine().evaluate(facts), TestRuleSets.starterEngine().ruleSet())))
                .andExpect(model().attribute("jsonUrl", "/cases/evaluation.json?label=LAPC&stage=LOCALLY_ADVANCED&pacemaker=YES"))
                .andExpect(model().attribute("formUrl", "/cases/new?label=LAPC&stage=LOCALLY_ADVANCED&pacemaker=YES"))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.title()).isEqualTo("LAPC · What the review reports · Tumor Board Navigator");
        Element caution = page.selectFirst("#consideration-IRE-PACEMAKER");
        assertThat(caution).isNotNull();
        assertThat(caution.select(".badge.kind-CAUTION").text()).isEqualTo("Caution");
        assertThat(caution.select(".treatment").text()).isEqualTo("IRE");
        assertThat(caution.select(".line-reasons").text()).isEqualTo("because Pacemaker: Yes");
        assertThat(caution.select(".line-refs").text()).isEqualTo("[40]");
        assertThat(caution.select(".because-line").text()).isEqualTo("Because Stage: Locally advanced (LAPC); Pacemaker: Yes");
        assertThat(caution.select("blockquote").text()).isEqualTo("“Patients with pacemakers may not be a candidate for IRE[40].”");
        assertThat(caution.select("a[href=/literature#ref-40]").text()).isEqualTo("Review, ref. 40");
        assertThat(page.text()).contains("NCT03614910", "Statuses and completion dates are as listed in the 2021 review")
                .doesNotContain(" = ");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/app.css");
    }

    @Test
    void theKnownFactsShowUnitsWhereTheMessagesGiveThemAndTheUnknownOnesAreListedInALine() throws Exception {
        Document page = page("/cases/evaluation?stage=METASTATIC&age=70&liverLesionCount=2&liverMetastases=YES");
        assertThat(page.select("#case-facts li[data-field=age]").text()).isEqualTo("Age: 70 years");
        assertThat(page.select("#case-facts li[data-field=liverLesionCount]").text()).isEqualTo("Number of liver lesions: 2");
        assertThat(page.select("#case-facts li[data-field=pacemaker]")).isEmpty();
        assertThat(page.select("#unknown-facts").text()).startsWith("Not given:").contains("Pacemaker");
        assertThat(page.select("[data-field=label]")).isEmpty();
    }

    @Test
    void unknownFactsThatMatterAreListedAsMissingInformation() throws Exception {
        Document page = page("/cases/evaluation?stage=LOCALLY_ADVANCED&metalBiliaryStent=YES");
        Elements missing = page.select("#case-specific li.kind-MISSING_INFORMATION");
        assertThat(missing.eachAttr("id")).contains("consideration-IRE-PACEMAKER-UNKNOWN")
                .doesNotContain("consideration-IRE-METAL-STENT-UNKNOWN");
        assertThat(missing.select(".line-reasons").eachText()).contains("because Pacemaker: Unknown");
        assertThat(page.select("[id^=consideration-IRE-PACEMAKER-UNKNOWN]")).as("a missing fact is shown once").hasSize(1);
    }

    @Test
    void aCaseNoRuleSpeaksAboutSaysSoWithoutSayingNothingApplies() throws Exception {
        assertThat(page("/cases/evaluation?stage=RESECTABLE").text())
                .contains("No rule of the rule set applies to this case.", "The rules that apply list no trials.");
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("age=abc", "age", "abc", "Age must be a whole number (digits only)"),
                Arguments.of("age=0x20", "age", "0x20", "Age must be a whole number (digits only)"),
                Arguments.of("age=17", "age", "17", "Age must be a whole number of years from 18 to 100"),
                Arguments.of("age=64.5", "age", "64.5", "Age must be a whole number"),
                Arguments.of("tumorSizeCm=30", "tumorSizeCm", "30", "Tumour size must be a number of centimetres from 0.1 to 25"),
                Arguments.of("tumorSizeCm=4,5", "tumorSizeCm", "4,5", "Tumour size must be a number, with a point for decimals"),
                Arguments.of("ca199=-1", "ca199", "-1", "CA19-9 must be a number of U/mL from 0 to 1000000"),
                Arguments.of("liverLesionCount=many", "liverLesionCount", "many", "Number of liver lesions must be a whole number"),
                Arguments.of("pacemaker=true", "pacemaker", null, "Pacemaker must be YES, NO or UNKNOWN"),
                Arguments.of("tumorLocation=LEFT", "tumorLocation", null, "Tumour location must be one of HEAD"),
                Arguments.of("label=" + "x".repeat(121), "label", "x".repeat(121), "Case label must be at most 120 characters"));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void aRejectedFieldGetsAMessageBesideItAndKeepsWhatWasTyped(String query, String field, String kept, String message)
            throws Exception {
        String html = mvc.perform(get("/cases/evaluation?stage=LOCALLY_ADVANCED&" + query))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("cases/form"))
                .andExpect(model().attributeHasFieldErrors("caseForm", field))
                .andExpect(model().errorCount(1))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#" + field + "-error").text()).startsWith(message);
        assertThat(page.select("#error-summary a[href=#" + field + "]").text()).startsWith(message);
        if (kept != null) {
            assertThat(controls(page, field).attr("value")).isEqualTo(kept);
            assertThat(controls(page, field).attr("aria-invalid")).isEqualTo("true");
        }
        assertThat(controls(page, "stage").select("option[selected]").attr("value")).isEqualTo("LOCALLY_ADVANCED");
    }

    @Test
    void theStageIsRequired() throws Exception {
        mvc.perform(get("/cases/evaluation?pacemaker=YES"))
                .andExpect(view().name("cases/form"))
                .andExpect(model().attributeHasFieldErrorCode("caseForm", "stage", CaseForm.REQUIRED));
        assertThat(rejected("/cases/evaluation?pacemaker=YES").select("#stage-error").text())
                .startsWith("Stage is required: choose one of the stages");
    }

    @Test
    void anUnknownParameterIsRejectedNamingIt() throws Exception {
        mvc.perform(get("/cases/evaluation?stage=LOCALLY_ADVANCED&pacemker=YES"))
                .andExpect(view().name("cases/form"))
                .andExpect(model().errorCount(1));
        assertThat(rejected("/cases/evaluation?stage=LOCALLY_ADVANCED&pacemker=YES").select("#error-summary .global-error")
                .text()).startsWith("\"pacemker\": unknown parameter; allowed parameters are label, stage");
    }

    @Test
    void aRepeatedParameterIsRejectedBesideItsField() throws Exception {
        mvc.perform(get("/cases/evaluation?stage=LOCALLY_ADVANCED&pacemaker=YES&pacemaker=NO"))
                .andExpect(view().name("cases/form"))
                .andExpect(model().attributeHasFieldErrors("caseForm", "pacemaker"))
                .andExpect(model().errorCount(1));
    }

    @Test
    void contradictoryFactsAreShownBesideBothFields() throws Exception {
        Document page = rejected("/cases/evaluation?stage=METASTATIC&liverMetastases=NO&liverDominantDisease=YES");
        assertThat(page.select("#liverMetastases-error").text()).isEqualTo("Liver metastases contradicts "
                + "Liver-dominant disease: Yes. Why: liver-dominant disease means there are liver metastases");
        assertThat(page.select("#liverDominantDisease-error").text()).startsWith("Liver-dominant disease contradicts "
                + "Liver metastases: No. Why:");
    }

    /** The stage's own message is for a missing stage only; a contradiction names the other field by its label. */
    @Test
    void aStageThatContradictsAnotherFactIsNotCalledMissing() throws Exception {
        Document page = rejected("/cases/evaluation?stage=LOCALLY_ADVANCED&liverMetastasesTiming=METACHRONOUS");
        assertThat(page.select("#stage-error").text()).isEqualTo("Stage contradicts Liver metastases synchronous or "
                + "metachronous: Metachronous. Why: the timing of liver metastases needs liver metastases (stage IV "
                + "disease); the review describes locally advanced disease as non-metastatic");
        assertThat(rejected("/cases/evaluation?pacemaker=YES").select("#stage-error").text())
                .isEqualTo("Stage is required: choose one of the stages in the list");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "' onmouseover='alert(1)", "</title><script>alert(document.cookie)</script>", " padded "})
    void aLabelComesBackExactlyAndEscapedOnTheResultAndTheForm(String payload) throws Exception {
        String encoded = CaseQuery.encode(payload);
        Document result = page("/cases/evaluation?stage=METASTATIC&label=" + encoded);
        assertThat(result.select("#case-label").text()).isEqualTo(payload.strip());
        assertThat(result.select("#case-label").first().wholeText()).isEqualTo(payload);
        assertThat(result.select(INJECTED)).isEmpty();
        Document form = rejected("/cases/evaluation?stage=METASTATIC&age=x&label=" + encoded);
        assertThat(controls(form, "label").attr("value")).isEqualTo(payload);
        assertThat(form.select(INJECTED)).isEmpty();
    }

    @Test
    void theResultLinksBackToTheFormAndToTheSameEvaluationAsJson() throws Exception {
        Document page = page("/cases/evaluation?stage=METASTATIC&label=a%20b%26c");
        assertThat(page.select("#json-link").attr("href")).isEqualTo("/cases/evaluation.json?label=a%20b%26c&stage=METASTATIC");
        assertThat(page.select("#edit-link").attr("href")).isEqualTo("/cases/new?label=a%20b%26c&stage=METASTATIC");
    }
}
