package org.tumorboard.navigator.results;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tumorboard.navigator.fhir.FhirCaseReader;
import org.tumorboard.navigator.fhir.FhirFixtures;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.StarterEngineConfiguration;

@WebMvcTest(EvaluationApiController.class)
@Import({StarterEngineConfiguration.class, EvaluationResponses.class})
class EvaluationApiControllerTests {

    @Autowired
    MockMvc mvc;

    private org.springframework.test.web.servlet.ResultActions post(String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void answersACaseWithItsEvaluation() throws Exception {
        post("{\"label\": \"API case\", \"stage\": \"LOCALLY_ADVANCED\", \"pacemaker\": true}")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.disclaimer", containsString("Not treatment advice")))
                .andExpect(jsonPath("$.ruleSetVersion").isString())
                .andExpect(jsonPath("$.case.label").value("API case"))
                .andExpect(jsonPath("$.case.metalBiliaryStent").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.considerations", hasSize(1)))
                .andExpect(jsonPath("$.considerations[0].ruleId").value("IRE-PACEMAKER"))
                .andExpect(jsonPath("$.considerations[0].modality").value("IRE"))
                .andExpect(jsonPath("$.considerations[0].kind").value("CAUTION"))
                .andExpect(jsonPath("$.considerations[0].because[1]").value("pacemaker = yes"))
                .andExpect(jsonPath("$.considerations[0].citations[0].reviewRef").value(40))
                .andExpect(jsonPath("$.considerations[0].citations[0].label").value("Review, ref. 40"))
                .andExpect(jsonPath("$.firedRules").doesNotExist());
    }

    @Test
    void rejectsInvalidFieldsAsProblemDetailsListingEachField() throws Exception {
        post("{\"stage\": \"LOCALLY_ADVANCED\", \"age\": 12, \"tumorSizeCm\": 40}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid case"))
                .andExpect(jsonPath("$.type").value("/problems/invalid-case"))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("age"))
                .andExpect(jsonPath("$.errors[0].message", containsString("18 to 100")))
                .andExpect(jsonPath("$.errors[1].field").value("tumorSizeCm"));
    }

    @Test
    void rejectsAnUnknownFieldRatherThanTreatingItAsUnknown() throws Exception {
        post("{\"stage\": \"LOCALLY_ADVANCED\", \"pacemker\": true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pacemker"))
                .andExpect(jsonPath("$.errors[0].message", containsString("unknown field")));
    }

    @Test
    void rejectsTextThatIsNotJsonWithoutAStackTrace() throws Exception {
        post("stage=METASTATIC")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
    }

    @Test
    void rejectsAnOversizedBodyAsContentTooLarge() throws Exception {
        post("{\"stage\": \"METASTATIC\", \"label\": \"" + "x".repeat(CaseReader.MAX_BYTES) + "\"}")
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    private org.springframework.test.web.servlet.ResultActions postFhir(byte[] body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/evaluations").contentType("application/fhir+json").content(body));
    }

    @Test
    void answersAFhirBundleWithTheEvaluationOfItsMappedFactsOnly() throws Exception {
        postFhir(FhirFixtures.figure2())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.case.stage").value("LOCALLY_ADVANCED"))
                .andExpect(jsonPath("$.case.tumorLocation").value("HEAD"))
                .andExpect(jsonPath("$.case.tumorSizeCm").value(4.0))
                .andExpect(jsonPath("$.case.ca199").value(959.0))
                .andExpect(jsonPath("$.case.pacemaker").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.considerations[0].ruleId").value("IRE-PACEMAKER-UNKNOWN"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("figure-2-patient"))));
    }

    @Test
    void rejectsConflictingFhirResourcesNamingThem() throws Exception {
        postFhir(FhirFixtures.bundle(FhirFixtures.stage("s", "LOCALLY_ADVANCED"), FhirFixtures.ca199("ca199-a", "959"),
                        FhirFixtures.ca199("ca199-b", "1200")).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("ca199"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Observation/ca199-a, Observation/ca199-b")));
    }

    @Test
    void rejectsInvalidFhirNamingResourceAndElement() throws Exception {
        postFhir(FhirFixtures.bundle("{\"resourceType\":\"Observation\",\"id\":\"x\",\"valu\":1}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Observation/x.valu"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("HAPI"))));
    }

    @Test
    void rejectsAnOversizedFhirBodyAsContentTooLarge() throws Exception {
        postFhir(new byte[FhirCaseReader.MAX_BYTES + 1])
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.errors[0].message", containsString("KiB")));
    }

    @Test
    void rejectsANonJsonContentType() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/evaluations")
                        .contentType(MediaType.TEXT_PLAIN).content("{\"stage\": \"METASTATIC\"}"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() throws Exception {
        post("{\"stage\": \"X\", \"pacemker\": true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("stage"))
                .andExpect(jsonPath("$.errors[1].field").value("pacemker"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            {"stage": "LOCALLY_ADVANCED", "age": 2147483648}                 | age
            {"stage": "LOCALLY_ADVANCED", "pacemaker": true, "pacemaker": 1} | pacemaker
            {"stage": "LOCALLY_ADVANCED", "label": 1e400}                    | label
            {"stage": "LOCALLY_ADVANCED", "ca199": NaN}                      | body
            {"stage": "LOCALLY_ADVANCED"}{}                                  | body
            {"stage": " LOCALLY_ADVANCED\\t"}                                 | stage
            """)
    void namesTheFieldInItsOwnWords(String body, String field) throws Exception {
        post(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.anyOf(
                        containsString("jackson"), containsString("Jackson"), containsString("FAIL_ON"),
                        containsString("ALLOW_"), containsString("JsonNode"), containsString("-1")))));
    }

    @Test
    void rejectsMalformedUtf8() throws Exception {
        byte[] body = {'{', '"', 's', 't', 'a', 'g', 'e', '"', ':', '"', 'M', 'E', 'T', 'A', 'S', 'T', 'A', 'T', 'I', 'C',
            '"', ',', '"', 'l', 'a', 'b', 'e', 'l', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/evaluations")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message", containsString("UTF-8")));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"gzip", "deflate", "br", "x-anything"})
    void rejectsAnEncodedBodyNamingContentEncoding(String encoding) throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/evaluations")
                        .contentType(MediaType.APPLICATION_JSON).header("Content-Encoding", encoding)
                        .content("{\"stage\": \"METASTATIC\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Content-Encoding"));
    }

    @Test
    void theCaseIsWrittenBackWithEveryFieldInContractOrder() throws Exception {
        String json = post("{\"stage\": \"METASTATIC\", \"age\": 70, \"label\": \"x\"}")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<String> names = new java.util.ArrayList<>();
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).get("case").propertyNames()
                .forEach(names::add);
        org.assertj.core.api.Assertions.assertThat(names).containsExactlyElementsOf(CaseReader.fieldNames());
    }
}
