package org.tumorboard.navigator.results;

import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.intake.Stage;
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
import org.tumorboard.navigator.system.StarterEngineConfiguration;
import tools.jackson.databind.json.JsonMapper;

@WebMvcTest(CaseEvaluationJsonController.class)
@Import(StarterEngineConfiguration.class)
class CaseEvaluationJsonControllerTests {

    @Autowired
    MockMvc mvc;

    /** Every field known, so the query carries every parameter. */
    static final CaseFacts FULL = new CaseFacts("Full case, 100% known", Stage.LOCALLY_ADVANCED, 64, TumorLocation.HEAD,
            3.5, true, false, false, false, false, 0, 0.5, ChemotherapyResponse.STABLE, false, 370.0, true, false, false,
            Differentiation.POOR, 2.5);

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
        "stage=LOCALLY_ADVANCED&age=101 | age | must be a whole number of years from 18 to 100",
        "pacemaker=YES | stage | is required: choose one of the stages in the list",
        "stage=LOCALLY_ADVANCED&pacemker=YES | query | The address holds an unknown parameter \"pacemker\"; the allowed ones are label, stage, age, tumorLocation, tumorSizeCm, pacemaker, metalBiliaryStent, surgicalClips, liverMetastases, liverDominantDisease, liverLesionCount, largestLiverLesionCm, chemotherapyResponse, severeChemotherapyToxicity, ca199, surgicalCandidate, gastricOutletObstruction, priorResection, tumorDifferentiation, neutrophilLymphocyteRatio."
    })
    void aRejectedQueryIsAProblemDetailNamingTheField(String query, String field, String message) throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(URI.create("/cases/evaluation.json?" + query)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid case"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }
}
