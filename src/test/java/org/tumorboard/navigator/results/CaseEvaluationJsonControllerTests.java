package org.tumorboard.navigator.results;

import org.tumorboard.navigator.intake.Cases;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.TumorLocation;
import org.tumorboard.navigator.intake.ChemotherapyResponse;
import org.tumorboard.navigator.intake.Differentiation;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.StarterEngineConfiguration;
import tools.jackson.databind.json.JsonMapper;

@WebMvcTest(CaseEvaluationJsonController.class)
@Import({StarterEngineConfiguration.class, EvaluationResponses.class})
class CaseEvaluationJsonControllerTests {

    @Autowired
    MockMvc mvc;

    /** Every field known, so the query carries every parameter. */
    static final CaseFacts FULL = Cases.metastatic().label("Full case, 100% known").with("age", 64)
            .with("tumorLocation", TumorLocation.HEAD).with("tumorSizeCm", 3.5).with("pacemaker", true)
            .with("metalBiliaryStent", false).with("surgicalClips", false).with("liverMetastases", true)
            .with("liverDominantDisease", false).with("liverLesionCount", 2).with("largestLiverLesionCm", 0.5)
            .with("chemotherapyResponse", ChemotherapyResponse.STABLE).with("severeChemotherapyToxicity", false)
            .with("ca199", 370).with("surgicalCandidate", true).with("gastricOutletObstruction", false)
            .with("priorResection", false).with("tumorDifferentiation", Differentiation.POOR)
            .with("neutrophilLymphocyteRatio", 2.5).build();

    @Test
    void theResultPagesQueryGivesTheSameEvaluationAsTheEngine() throws Exception {
        Evaluation expected = TestRuleSets.starterEngine().evaluate(FULL);
        String json = mvc.perform(MockMvcRequestBuilders.get(URI.create(CaseQuery.jsonUrl(FULL))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        JsonMapper mapper = JsonMapper.builder().build();
        org.assertj.core.api.Assertions.assertThat(mapper.readTree(json))
                .isEqualTo(mapper.readTree(mapper.writeValueAsString(expected)));
        org.assertj.core.api.Assertions.assertThat(mapper.readTree(json).get("case").get("label").asString())
                .isEqualTo("Full case, 100% known");
    }

    @Test
    void yesNoAndUnknownAnswersBecomeTrueFalseAndNull() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(URI.create(
                        "/cases/evaluation.json?stage=LOCALLY_ADVANCED&pacemaker=YES&metalBiliaryStent=NO&surgicalClips=UNKNOWN")))
                .andExpect(jsonPath("$.case.pacemaker").value(true))
                .andExpect(jsonPath("$.case.metalBiliaryStent").value(false))
                .andExpect(jsonPath("$.case.surgicalClips").doesNotExist())
                .andExpect(jsonPath("$.considerations[*].ruleId", hasItem("IRE-PACEMAKER")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "stage=LOCALLY_ADVANCED&age=abc | age | must be a whole number (digits only); leave it blank if unknown",
        "stage=LOCALLY_ADVANCED&age=0x20 | age | must be a whole number (digits only); leave it blank if unknown",
        "stage=LOCALLY_ADVANCED&age=%2345 | age | must be a whole number (digits only); leave it blank if unknown",
        "stage=LOCALLY_ADVANCED&age=%D9%A6%D9%A4 | age | must be a whole number (digits only); leave it blank if unknown",
        "stage=LOCALLY_ADVANCED&tumorSizeCm=0x1p3 | tumorSizeCm | must be a number, with a point for decimals (e.g. 3.5); leave it blank if unknown",
        "stage=LOCALLY_ADVANCED&ca199=8d | ca199 | must be a number, with a point for decimals (e.g. 3.5); leave it blank if unknown",
        "stage=LOCALLY_ADVANCED&age=101 | age | must be a whole number of years from 18 to 100",
        "stage=LOCALLY_ADVANCED&pacemaker=YES&pacemaker=NO | pacemaker | is given more than once; give it once",
        "stage=LOCALLY_ADVANCED&label=a&label=b | label | is given more than once; give it once",
        "stage=LOCALLY_ADVANCED&pacemaker=yes | pacemaker | must be YES, NO or UNKNOWN",
        "stage=%20LOCALLY_ADVANCED | stage | must be one of RESECTABLE, BORDERLINE_RESECTABLE, LOCALLY_ADVANCED, METASTATIC",
        "pacemaker=YES | stage | is required: choose one of the stages RESECTABLE, BORDERLINE_RESECTABLE, LOCALLY_ADVANCED, METASTATIC",
        "stage=METASTATIC&liverMetastases=NO&largestLiverLesionCm=2 | liverMetastases | contradicts largestLiverLesionCm = 2: a liver lesion size needs liver metastases",
        "stage=LOCALLY_ADVANCED&pacemker=YES | pacemker | unknown parameter; allowed parameters are {fields}"
    })
    void aRejectedQueryIsAProblemDetailNamingTheField(String query, String field, String message) throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(URI.create("/cases/evaluation.json?" + query)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid case"))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(
                        message.replace("{fields}", String.join(", ", CaseReader.fieldNames()))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "label=%20padded%20&stage=METASTATIC | {\"label\": \" padded \", \"stage\": \"METASTATIC\"}",
        "stage=LOCALLY_ADVANCED&tumorSizeCm=4.50&pacemaker=NO&surgicalClips=UNKNOWN&age= | {\"stage\": \"LOCALLY_ADVANCED\", \"tumorSizeCm\": 4.5, \"pacemaker\": false}"
    })
    void theJsonTwinAndTheApiAgree(String query, String body) throws Exception {
        String twin = mvc.perform(MockMvcRequestBuilders.get(URI.create("/cases/evaluation.json?" + query)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Evaluation api = TestRuleSets.starterEngine().evaluate(org.tumorboard.navigator.intake.CaseReader
                .withDefaultValidator().read(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        JsonMapper mapper = JsonMapper.builder().build();
        org.assertj.core.api.Assertions.assertThat(mapper.readTree(twin))
                .isEqualTo(mapper.readTree(mapper.writeValueAsString(api)));
    }
}
