package org.tumorboard.navigator.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.accounts.Accounts;
import org.tumorboard.navigator.accounts.Role;
import org.tumorboard.navigator.audit.AuditAction;
import org.tumorboard.navigator.audit.AuditEntry;
import org.tumorboard.navigator.audit.AuditLog;
import org.tumorboard.navigator.engine.RuleEngine;

/**
 * The review workflow over the HTTP API, on a copy of the starter rule set that the tests edit and reload: every
 * status transition, the approval threshold, bad input, a safe reload, the export and the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewLifecycleTests {

    static final String PASSWORD = "correct horse battery";
    static final Path RULES = copyOfTheStarterRules();

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        registry.add("tumorboard.rules-dir", RULES::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    RuleEngine engine;

    static Path copyOfTheStarterRules() {
        try {
            return TestRuleSets.starterCopy(Files.createTempDirectory("tumor-board-rules"), Map.of());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeEach
    void accounts() {
        if (accounts.list().isEmpty()) {
            accounts.add("ann", Role.REVIEWER, PASSWORD);
            accounts.add("bob", Role.REVIEWER, PASSWORD);
            accounts.add("max", Role.MAINTAINER, PASSWORD);
        }
    }

    ResultActions review(String reviewer, String rule, String body) throws Exception {
        return mvc.perform(post("/api/rules/" + rule + "/reviews").with(httpBasic(reviewer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    void faithful(String reviewer, String rule) throws Exception {
        review(reviewer, rule, "{\"verdict\": \"FAITHFUL\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.reviewer").value(reviewer))
                .andExpect(jsonPath("$.fingerprint").value(engine.ruleSet().fingerprint(rule).orElseThrow()));
    }

    ReviewStatus statusOf(String rule) throws Exception {
        String json = mvc.perform(get("/api/rules/" + rule)).andExpect(status().isOk())
                .andExpect(jsonPath("$.fingerprint").value(engine.ruleSet().fingerprint(rule).orElseThrow()))
                .andExpect(jsonPath("$.id").value(rule))
                .andReturn().getResponse().getContentAsString();
        return ReviewStatus.valueOf(json.replaceFirst("(?s).*\"reviewStatus\":\"([A-Z_]+)\".*", "$1"));
    }

    void reload(int expectedStatus) throws Exception {
        mvc.perform(post("/api/rule-set/reload").with(httpBasic("max", PASSWORD)))
                .andExpect(status().is(expectedStatus));
    }

    @Test
    void everyStatusTransitionFollowsTheReviewsOfTheCurrentText() throws Exception {
        String rule = "IRE-PACEMAKER";
        String other = "IRE-METAL-STENT";
        Path drl = RULES.resolve("ire-devices.drl");
        String original = Files.readString(drl);
        assertThat(statusOf(rule)).isEqualTo(ReviewStatus.UNREVIEWED);

        faithful("ann", rule);
        assertThat(statusOf(rule)).as("one reviewer cannot approve alone (2 required)").isEqualTo(ReviewStatus.UNREVIEWED);
        faithful("ann", rule);
        assertThat(statusOf(rule)).as("nor by reviewing twice").isEqualTo(ReviewStatus.UNREVIEWED);
        faithful("bob", rule);
        assertThat(statusOf(rule)).isEqualTo(ReviewStatus.APPROVED);
        faithful("ann", other);
        faithful("bob", other);

        review("bob", rule, "{\"verdict\": \"NEEDS_CHANGE\", \"comment\": \"The title drops 'may'.\"}")
                .andExpect(status().isCreated());
        assertThat(statusOf(rule)).isEqualTo(ReviewStatus.CHANGES_REQUESTED);
        faithful("bob", rule);
        assertThat(statusOf(rule)).as("bob's later verdict closes his request").isEqualTo(ReviewStatus.APPROVED);

        String version = engine.ruleSet().version();
        Files.writeString(drl, original.replace("because of the risk of arrhythmia.", "because of a risk of arrhythmia."));
        try {
            reload(200);
            assertThat(engine.ruleSet().version()).isNotEqualTo(version);
            assertThat(statusOf(rule)).as("the edited rule").isEqualTo(ReviewStatus.STALE);
            assertThat(statusOf(other)).as("an unchanged rule keeps its approval").isEqualTo(ReviewStatus.APPROVED);
            mvc.perform(get("/rules/" + rule))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(
                            "<span class=\"diff-removed\">- " + "    @explanation(")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("because of a risk of arrhythmia.")));
            review("ann", rule, "{\"verdict\": \"FAITHFUL\", \"fingerprint\": \"" + "0".repeat(64) + "\"}")
                    .andExpect(status().isConflict());
        } finally {
            Files.writeString(drl, original);
            reload(200);
        }
        assertThat(statusOf(rule)).as("the reviewed text is back").isEqualTo(ReviewStatus.APPROVED);

        mvc.perform(get("/api/rules/" + rule + "/reviews")).andExpect(status().isOk())
                .andExpect(jsonPath("$.reviews.length()").value(5))
                .andExpect(jsonPath("$.reviews[3].verdict").value("NEEDS_CHANGE"))
                .andExpect(jsonPath("$.approvals").value(2));
        mvc.perform(get("/api/reviews/export")).andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSetVersion").value(engine.ruleSet().version()))
                .andExpect(jsonPath("$.rules[?(@.ruleId == 'IRE-PACEMAKER')].status").value(hasItem("APPROVED")))
                .andExpect(jsonPath("$.rules.length()").value(4));
        mvc.perform(get("/api/reviews/export").accept("text/csv")).andExpect(status().isOk())
                .andExpect(content().string(startsWith(ReviewExport.CSV_HEADER + "\r\n")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "IRE-PACEMAKER," + engine.ruleSet().fingerprint(rule).orElseThrow() + ",APPROVED,ann,FAITHFUL,")));
        assertThat(audit.newest(100)).filteredOn(e -> e.action() == AuditAction.REVIEW && rule.equals(e.target()))
                .as("one entry per recorded review").hasSize(5);
        assertThat(audit.newest(100)).extracting(AuditEntry::action).contains(AuditAction.RELOAD);
    }

    @Test
    void theDashboardCountsRulesPerStatusAndListsThoseNeedingAttention() throws Exception {
        String html = mvc.perform(get("/reviews").param("modality", "IRE")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Each rule&#39;s status follows from its reviews on its current fingerprint: "
                + "approved once 2 distinct reviewers")
                .contains("<span id=\"count-UNREVIEWED\">")
                .contains("data-rule-id=\"IRE-PACEMAKER-UNKNOWN\"")
                .doesNotContain("data-rule-id=\"DERIVED-LOCALLY-ADVANCED\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"verdict\": \"NEEDS_CHANGE\"}                   | comment",
            "{\"verdict\": \"NEEDS_CHANGE\", \"comment\": \" \"} | comment",
            "{\"comment\": \"fine\"}                            | verdict",
            "{\"verdict\": \"faithful\"}                       | verdict",
            "{\"verdict\": [\"FAITHFUL\"]}                     | verdict",
            "{\"verdict\": \"FAITHFUL\", \"verdcit\": 1}         | verdcit"})
    void anInvalidReviewIsRejectedNamingTheFieldAndNothingIsRecorded(String body, String field) throws Exception {
        int before = engine.ruleSet().rules().size();
        review("ann", "IRE-PACEMAKER-UNKNOWN", body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        mvc.perform(get("/api/rules/IRE-PACEMAKER-UNKNOWN/reviews")).andExpect(jsonPath("$.reviews.length()").value(0));
        assertThat(engine.ruleSet().rules()).hasSize(before);
    }

    @Test
    void aBrokenRuleFileOnReloadLeavesTheLastGoodRuleSetServing() throws Exception {
        String version = engine.ruleSet().version();
        Path broken = RULES.resolve("broken.drl");
        Files.writeString(broken, "package org.tumorboard.rules;\n\nrule \"Broken\"\nwhen\n    CaseFacts( ==\nthen\nend\n");
        try {
            mvc.perform(post("/api/rule-set/reload").with(httpBasic("max", PASSWORD)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.ruleSetVersion").value(version))
                    .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.matchesPattern("broken\\.drl:\\d+: .+")));
        } finally {
            Files.delete(broken);
        }
        assertThat(engine.ruleSet().version()).isEqualTo(version);
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stage\": \"LOCALLY_ADVANCED\", \"pacemaker\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ruleSetVersion").value(version));
        assertThat(audit.newest(20)).extracting(AuditEntry::action).contains(AuditAction.RELOAD_REJECTED);
    }
}
