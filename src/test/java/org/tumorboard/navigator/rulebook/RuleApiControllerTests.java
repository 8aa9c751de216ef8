package org.tumorboard.navigator.rulebook;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.signoff.ReviewRecordConfiguration;
import org.tumorboard.navigator.StarterEngineConfiguration;

@WebMvcTest(RuleApiController.class)
@Import({StarterEngineConfiguration.class, ReviewRecordConfiguration.class})
class RuleApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryRuleWithItsMetadata() throws Exception {
        mvc.perform(get("/api/rules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSetVersion").value(TestRuleSets.starterEngine().ruleSet().version()))
                .andExpect(jsonPath("$.rules", hasSize(4)))
                .andExpect(jsonPath("$.rules[1].id").value("IRE-PACEMAKER"))
                .andExpect(jsonPath("$.rules[1].modality").value("IRE"))
                .andExpect(jsonPath("$.rules[1].kind").value("CAUTION"))
                .andExpect(jsonPath("$.rules[1].citations[0].reviewRef").value(40))
                .andExpect(jsonPath("$.rules[1].passage").isString())
                .andExpect(jsonPath("$.rules[1].trials[0]").value("NCT03614910"))
                .andExpect(jsonPath("$.rules[1].file").value("ire-devices.drl"))
                .andExpect(jsonPath("$.rules[1].line").value(6));
    }
}
