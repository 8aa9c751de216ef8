package org.tumorboard.navigator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tumorboard.navigator.engine.RuleEngine;

/** The whole application against the real rule set under rules/. */
@SpringBootTest
@AutoConfigureMockMvc
class TumorBoardApplicationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RuleEngine engine;

    @Test
    void loadsTheRealRuleSetFromTheRulesDirectory() {
        assertThat(engine.ruleSet().directory()).isEqualTo(Path.of("rules").toAbsolutePath().normalize());
        assertThat(engine.ruleSet().rules()).hasSizeGreaterThan(20);
    }

    @Test
    void evaluatesTheReadmeExampleCase() throws Exception {
        String body = Files.readString(Path.of("src/test/resources/cases/lapc-head-stent.json"));
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disclaimer", containsString("Not treatment advice")))
                .andExpect(jsonPath("$.ruleSetVersion").value(engine.ruleSet().version()))
                .andExpect(jsonPath("$.considerations", not(empty())))
                .andExpect(jsonPath("$.considerations[*].modality", hasItem("IRE")))
                .andExpect(jsonPath("$.considerations[*].kind", hasItem("MISSING_INFORMATION")));
    }

    @Test
    void listsTheRealRules() throws Exception {
        mvc.perform(get("/api/rules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rules[*].id", hasItem("IRE-PACEMAKER")));
    }

    @Test
    void answersBadInputWithProblemDetails() throws Exception {
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content("{\"stage\": \"IV\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
    }
}
