package org.tumorboard.navigator.results;

import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.intake.FormField;
import org.tumorboard.navigator.intake.CaseFormFields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.validation.BindingResult;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.results.EvaluationView;
import org.tumorboard.navigator.system.StarterEngineConfiguration;

@WebMvcTest(CaseFormController.class)
@Import(StarterEngineConfiguration.class)
class CaseFormControllerTests {

    private static final String BINDING = BindingResult.MODEL_KEY_PREFIX + "caseForm";

    @Autowired
    MockMvc mvc;

    static Stream<FormField> fields() {
        return CaseFormFields.fields().stream();
    }

    /** The start tags of the inputs and selects named {@code name}. */
    static List<String> controls(String html, String name) {
        Matcher m = Pattern.compile("<(input|select)\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
        return m.results().map(r -> r.group()).toList();
    }

    /** A GET of a URL that is already encoded (MockMvc's template variant would encode it again). */
    static MockHttpServletRequestBuilder get(String url) {
        return MockMvcRequestBuilders.get(URI.create(url));
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @ParameterizedTest
    @MethodSource("fields")
    void everyCaseFieldHasAControlWithABoundLabel(FormField field) throws Exception {
        String html = html("/cases/new");
        assertThat(controls(html, field.name())).as(field.name()).isNotEmpty();
        if (field.control() == FormField.Control.ANSWER) {
            assertThat(html).contains("<fieldset id=\"" + field.name() + "\"");
            assertThat(controls(html, field.name())).hasSize(3)
                    .allSatisfy(tag -> assertThat(tag).startsWith("<input type=\"radio\""));
        } else {
            assertThat(html).contains("<label for=\"" + field.name() + "\"");
            assertThat(controls(html, field.name()).get(0)).contains("id=\"" + field.name() + "\"");
        }
    }

    @ParameterizedTest
    @MethodSource("fields")
    void unknownIsTheDefaultOfEveryOptionalField(FormField field) throws Exception {
        String html = html("/cases/new");
        switch (field.control()) {
            case ANSWER -> assertThat(controls(html, field.name()))
                    .filteredOn(tag -> tag.contains("checked"))
                    .singleElement().asString().contains("value=\"UNKNOWN\"");
            case CHOICE -> {
                String select = html.substring(html.indexOf("name=\"" + field.name() + "\""));
                select = select.substring(0, select.indexOf("</select>"));
                assertThat(select).doesNotContain("selected");
                assertThat(select).contains("<option value=\"\">" + (field.required() ? "Choose…" : "Unknown") + "</option>");
            }
            default -> assertThat(controls(html, field.name()).get(0)).contains("value=\"\"");
        }
    }

    @Test
    void formShowsUnitsAndTheCaseModelsRanges() throws Exception {
        mvc.perform(get("/cases/new"))
                .andExpect(view().name("cases/form"))
                .andExpect(content().string(containsString("<title>New case · Tumor Board Navigator</title>")))
                .andExpect(content().string(containsString("<span>years</span> · <span>allowed 18–100</span>")))
                .andExpect(content().string(containsString("<span>cm, largest diameter</span> · <span>allowed 0.1–25</span>")))
                .andExpect(content().string(containsString("<span>U/mL, baseline</span> · <span>allowed 0–1000000</span>")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "record", "mrn", "birth", "dob", "patientId"})
    void noFieldAsksForAnIdentity(String word) throws Exception {
        String html = html("/cases/new");
        Matcher names = Pattern.compile("name=\"([^\"]*)\"").matcher(html);
        assertThat(names.results().map(r -> r.group(1).toLowerCase()))
                .isNotEmpty()
                .noneMatch(name -> name.contains(word.toLowerCase()));
    }

    @Test
    void theFormCanBeFilledInFromTheQuery() throws Exception {
        String html = html("/cases/new?stage=METASTATIC&pacemaker=YES&tumorSizeCm=4.5&tumorLocation=TAIL");
        assertThat(html).contains("<option value=\"METASTATIC\" selected=\"selected\">");
        assertThat(html).contains("<option value=\"TAIL\" selected=\"selected\">");
        assertThat(controls(html, "pacemaker")).filteredOn(t -> t.contains("checked")).singleElement().asString()
                .contains("value=\"YES\"");
        assertThat(controls(html, "tumorSizeCm").get(0)).contains("value=\"4.5\"");
    }

    @Test
    void aValidCaseShowsItsEvaluation() throws Exception {
        CaseFacts facts = new CaseFacts("LAPC", org.tumorboard.navigator.intake.Stage.LOCALLY_ADVANCED, null, null,
                null, true, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        mvc.perform(get("/cases/evaluation?label=LAPC&stage=LOCALLY_ADVANCED&pacemaker=YES"))
                .andExpect(status().isOk())
                .andExpect(view().name("cases/result"))
                .andExpect(model().attribute("evaluation",
                        EvaluationView.of(TestRuleSets.starterEngine().evaluate(facts))))
                .andExpect(model().attribute("jsonUrl", "/cases/evaluation.json?label=LAPC&stage=LOCALLY_ADVANCED&pacemaker=YES"))
                .andExpect(model().attribute("formUrl", "/cases/new?label=LAPC&stage=LOCALLY_ADVANCED&pacemaker=YES"))
                .andExpect(content().string(containsString("<title>LAPC · What the review reports · Tumor Board Navigator</title>")))
                .andExpect(content().string(containsString("id=\"consideration-IRE-PACEMAKER\"")))
                .andExpect(content().string(containsString("<span class=\"badge kind-CAUTION\">Caution</span>")))
                .andExpect(content().string(containsString("<li>pacemaker = yes</li>")))
                .andExpect(content().string(containsString("<a href=\"/literature#ref-40\">Review, ref. 40</a>")))
                .andExpect(content().string(containsString("<h3>Irreversible electroporation (IRE)</h3>")))
                .andExpect(content().string(containsString("NCT03614910")))
                .andExpect(content().string(containsString("Statuses and completion dates are as listed in the 2021 review")))
                .andExpect(content().string(containsString("No unknown fact that a rule depends on.")))
                .andExpect(content().string(containsString("<link rel=\"stylesheet\" href=\"/css/app.css\">")));
    }

    @Test
    void unknownFactsThatMatterAreListedAsMissingInformation() throws Exception {
        String html = html("/cases/evaluation?stage=LOCALLY_ADVANCED&metalBiliaryStent=YES");
        String panel = html.substring(html.indexOf("class=\"missing-panel\""), html.indexOf("id=\"considerations-heading\""));
        assertThat(panel).contains("<a href=\"#consideration-IRE-PACEMAKER-UNKNOWN\">")
                .contains("pacemaker = unknown")
                .doesNotContain("IRE-METAL-STENT\"");
        assertThat(html).contains("<tr data-field=\"pacemaker\" class=\"muted\">");
    }

    @Test
    void aCaseNoRuleSpeaksAboutSaysSoWithoutSayingNothingApplies() throws Exception {
        mvc.perform(get("/cases/evaluation?stage=RESECTABLE"))
                .andExpect(view().name("cases/result"))
                .andExpect(content().string(containsString("No rule of the rule set applies to this case.")))
                .andExpect(content().string(containsString("The rules that apply list no trials.")));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("age=abc", "age", "abc", "Age must be a whole number"),
                Arguments.of("age=17", "age", "17", "Age must be a whole number of years from 18 to 100"),
                Arguments.of("age=64.5", "age", "64.5", "Age must be a whole number"),
                Arguments.of("tumorSizeCm=30", "tumorSizeCm", "30.0", "Tumour size must be a number of centimetres from 0.1 to 25"),
                Arguments.of("tumorSizeCm=4,5", "tumorSizeCm", "4,5", "Tumour size must be a number, with a point for decimals"),
                Arguments.of("ca199=-1", "ca199", "-1.0", "CA19-9 must be a number of U/mL from 0 to 1000000"),
                Arguments.of("liverLesionCount=many", "liverLesionCount", "many", "Number of liver lesions must be a whole number"),
                Arguments.of("pacemaker=true", "pacemaker", null, "Pacemaker is not one of the offered choices"),
                Arguments.of("tumorLocation=LEFT", "tumorLocation", null, "Tumour location is not one of the offered choices"),
                Arguments.of("label=" + "x".repeat(121), "label", "x".repeat(121), "Case label must be at most 120 characters"));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void aRejectedFieldGetsAMessageBesideItAndKeepsWhatWasTyped(String query, String field, String kept, String message)
            throws Exception {
        MvcResult result = mvc.perform(get("/cases/evaluation?stage=LOCALLY_ADVANCED&" + query))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("cases/form"))
                .andExpect(model().attributeHasFieldErrors("caseForm", field))
                .andExpect(model().errorCount(1))
                .andReturn();
        String html = result.getResponse().getContentAsString();
        String beside = html.substring(html.indexOf("id=\"" + field + "-error\""));
        assertThat(beside.substring(0, beside.indexOf("</div>"))).contains(message);
        assertThat(html).contains("<a href=\"#" + field + "\">" + message);
        if (kept != null) {
            assertThat(controls(html, field).get(0)).contains("value=\"" + kept + "\"").contains("aria-invalid=\"true\"");
        }
        assertThat(controls(html, "stage").get(0)).isNotNull();
        assertThat(html).contains("<option value=\"LOCALLY_ADVANCED\" selected=\"selected\">");
    }

    @Test
    void theStageIsRequired() throws Exception {
        mvc.perform(get("/cases/evaluation?pacemaker=YES"))
                .andExpect(view().name("cases/form"))
                .andExpect(model().attributeHasFieldErrorCode("caseForm", "stage", CaseSubmission.INVALID))
                .andExpect(content().string(containsString("Stage is required: choose one of the stages in the list")));
    }

    @Test
    void anUnknownParameterIsRejectedRatherThanReadAsUnknown() throws Exception {
        mvc.perform(get("/cases/evaluation?stage=LOCALLY_ADVANCED&pacemker=YES"))
                .andExpect(view().name("cases/form"))
                .andExpect(model().attributeHasErrors("caseForm"))
                .andExpect(model().errorCount(1))
                .andExpect(content().string(containsString(
                        "The address holds an unknown parameter &quot;pacemker&quot;; the allowed ones are label, stage")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "' onmouseover='alert(1)", "</title><script>alert(document.cookie)</script>"})
    void aLabelComesBackEscapedOnTheResultAndTheForm(String payload) throws Exception {
        String encoded = CaseQuery.encode(payload);
        String result = html("/cases/evaluation?stage=METASTATIC&label=" + encoded);
        String escaped = org.springframework.web.util.HtmlUtils.htmlEscapeDecimal(payload)
                .replace("&#60;", "&lt;").replace("&#62;", "&gt;").replace("&#34;", "&quot;");
        assertThat(result).doesNotContain(payload).contains("id=\"case-label\">" + escaped + "</p>");
        String form = mvc.perform(get("/cases/evaluation?stage=METASTATIC&age=x&label=" + encoded))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(form).doesNotContain(payload);
        assertThat(controls(form, "label").get(0)).contains("value=\"" + escaped + "\"");
    }

    @Test
    void theResultLinksBackToTheFormAndToTheSameEvaluationAsJson() throws Exception {
        mvc.perform(get("/cases/evaluation?stage=METASTATIC&label=a%20b%26c"))
                .andExpect(content().string(containsString(
                        "id=\"json-link\" href=\"/cases/evaluation.json?label=a%20b%26c&amp;stage=METASTATIC\"")))
                .andExpect(content().string(containsString(
                        "id=\"edit-link\" href=\"/cases/new?label=a%20b%26c&amp;stage=METASTATIC\"")))
                .andExpect(content().string(not(containsString("a b&c\""))));
    }
}
