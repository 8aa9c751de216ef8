package org.tumorboard.navigator.results;

import static org.assertj.core.api.Assertions.assertThat;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.scenarios.ScenarioLibrary;
import org.tumorboard.navigator.StarterEngineConfiguration;

@WebMvcTest(HomeController.class)
@Import({StarterEngineConfiguration.class, ScenarioLibrary.class})
class HomeControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void homeSaysWhatTheToolIsAndIsNot() throws Exception {
        String html = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(view().name("home"))
                .andExpect(content().string(containsString("<title>Tumor Board Navigator · Home</title>")))
                .andExpect(content().string(containsString("Not treatment advice: it never argues for or against any treatment")))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(html).select("aside.disclaimer").text()).isEqualTo(Evaluation.DISCLAIMER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cases/new", "/walkthroughs", "/literature", "/rules", "/swagger-ui.html"})
    void homeLinksToEverySection(String path) throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("href=\"" + path + "\"")));
    }

    @Test
    void homeSummarisesTheLoadedRuleSet() throws Exception {
        var ruleSet = TestRuleSets.starterEngine().ruleSet();
        mvc.perform(get("/"))
                .andExpect(model().attribute("summary",
                        new HomeController.RuleSetSummary(ruleSet.version(), 3, 2, 1, 0)))
                .andExpect(content().string(containsString("3 rules, 2 literature entries, 1 trials, 0 walkthroughs.")))
                .andExpect(content().string(containsString("Rule set version " + ruleSet.version())));
    }
}
