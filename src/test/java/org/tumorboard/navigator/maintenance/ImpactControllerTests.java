package org.tumorboard.navigator.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import org.tumorboard.navigator.RuleSetCopies;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.web.WebSliceSecurity;

/** The impact page: the starter rule set is served from a copy, and the copy on disk is changed under it. */
@WebMvcTest(ImpactController.class)
@Import({ImpactControllerTests.ServedCopy.class, WebSliceSecurity.class})
class ImpactControllerTests {

    private static final RequestPostProcessor MAINTAINER = user("maintainer").roles("MAINTAINER");

    static final String DEVICES = "ire-devices.drl";
    static final String UNKNOWN = "CaseFacts( pacemaker == null )";

    @TestConfiguration(proxyBeanMethods = false)
    static class ServedCopy {
        @Bean
        RuleEngine ruleEngine() throws IOException {
            return RuleEngine.load(RuleSetCopies.copy(TestRuleSets.STARTER, Files.createTempDirectory("served-rules")));
        }

        @Bean
        CaseReader caseReader(Validator validator) {
            return new CaseReader(validator);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    RuleEngine served;

    private Path onDisk() {
        return served.ruleSet().directory();
    }

    @AfterEach
    void putBack() throws IOException {
        Files.copy(TestRuleSets.STARTER.resolve(DEVICES), onDisk().resolve(DEVICES),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void showsEachChangedRuleAndCaseWithALinkToItsResultPage() throws Exception {
        RuleSetCopies.replace(onDisk(), DEVICES, UNKNOWN, "CaseFacts( pacemaker != true )");
        String html = mvc.perform(get("/maintenance/impact").with(MAINTAINER))
                .andExpect(status().isOk()).andExpect(view().name("maintenance/impact"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<a class=\"rule-id\" href=\"/rules/IRE-PACEMAKER-UNKNOWN\">IRE-PACEMAKER-UNKNOWN</a>")
                .containsPattern("<p class=\"summary\" id=\"impact-summary\">\\d+ cases compared, [1-9]\\d* changed</p>")
                .contains(HtmlUtils.htmlEscape("/cases/evaluation?stage=LOCALLY_ADVANCED&pacemaker=NO"))
                .contains("<span class=\"badge\">added</span>")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("style=");
    }

    @Test
    void theJsonTwinHasTheSameComparison() throws Exception {
        RuleSetCopies.replace(onDisk(), DEVICES, UNKNOWN, "CaseFacts( pacemaker != true )");
        mvc.perform(get("/maintenance/impact.json").with(MAINTAINER))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.report.rules[0].ruleId").value("IRE-PACEMAKER-UNKNOWN"))
                .andExpect(jsonPath("$.report.rules[0].newlyApplies").isNumber())
                .andExpect(jsonPath("$.report.cases[0].resultUrl").value(org.hamcrest.Matchers.startsWith("/cases/evaluation?")));
    }

    @Test
    void theComparisonIsForMaintainersOnly() throws Exception {
        mvc.perform(get("/maintenance/impact")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/maintenance/impact.json").with(user("rita").roles("REVIEWER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnchangedRuleSetChangesNothing() throws Exception {
        mvc.perform(get("/maintenance/impact.json").with(MAINTAINER))
                .andExpect(jsonPath("$.report.cases").isEmpty())
                .andExpect(jsonPath("$.report.rules").isEmpty());
    }

    @Test
    void aRuleSetOnDiskThatDoesNotLoadIsShownWithItsProblems() throws Exception {
        RuleSetCopies.replace(onDisk(), DEVICES, UNKNOWN, "CaseFacts( pacemaker == )");
        String html = mvc.perform(get("/maintenance/impact").with(MAINTAINER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("The rule set on disk does not load").contains(DEVICES + ":");
    }
}
