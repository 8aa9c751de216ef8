package org.tumorboard.navigator.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tumorboard.navigator.MutableClock;
import org.tumorboard.navigator.audit.AuditAction;
import org.tumorboard.navigator.audit.AuditEntry;
import org.tumorboard.navigator.audit.AuditLog;

/** Who may do what; CSRF on forms; sign-in throttling; and the audit trail of sign-ins and account changes. */
@SpringBootTest(properties = "tumorboard.rules-dir=src/test/resources/rulesets/starter")
@AutoConfigureMockMvc
class AccessTests {

    static final String PASSWORD = "correct horse battery";

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void accounts() {
        if (accounts.list().isEmpty()) {
            accounts.add("rita", Role.REVIEWER, PASSWORD);
            accounts.add("mona", Role.MAINTAINER, PASSWORD);
        }
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
        return who.equals("anonymous") ? request : request.with(httpBasic(who, PASSWORD));
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource({
            "POST, /api/rule-set/reload,                  anonymous, 401",
            "POST, /api/rule-set/reload,                  rita,      403",
            "POST, /api/rules/IRE-PACEMAKER/reviews,      anonymous, 401",
            "POST, /api/rules/IRE-PACEMAKER/reviews,      mona,      403",
            "GET,  /api/rules,                            anonymous, 200",
            "GET,  /api/rules/IRE-PACEMAKER/reviews,      anonymous, 200",
            "GET,  /api/reviews/export,                   anonymous, 200"})
    void theApiAnswersByRole(String method, String path, String who, int expected) throws Exception {
        MockHttpServletRequestBuilder request = method.equals("GET") ? get(path)
                : post(path).contentType(MediaType.APPLICATION_JSON).content("{\"verdict\": \"FAITHFUL\"}");
        var result = mvc.perform(as(request, who)).andExpect(status().is(expected)).andReturn();
        if (expected == 401) {
            assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Basic");
        }
        assertThat(result.getRequest().getSession(false)).as("the API creates no session").isNull();
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource({
            "GET,  /audit,                          rita, 403",
            "GET,  /audit,                          mona, 200",
            "POST, /rule-set/reload,                rita, 403",
            "POST, /rules/IRE-PACEMAKER/reviews,    mona, 403",
            "GET,  /reviews,                        rita, 200"})
    void pagesAnswerByRole(String method, String path, String who, int expected) throws Exception {
        MockHttpServletRequestBuilder request = method.equals("GET") ? get(path) : post(path).with(csrf());
        mvc.perform(request.with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(who).roles(accounts.list().stream()
                                .filter(a -> a.name().equals(who)).findFirst().orElseThrow().role().name())))
                .andExpect(status().is(expected));
    }

    @ParameterizedTest
    @CsvSource({"GET, /audit", "POST, /rule-set/reload", "POST, /rules/IRE-PACEMAKER/comments"})
    void anonymousPageRequestsToProtectedActionsAreSentToSignIn(String method, String path) throws Exception {
        MockHttpServletRequestBuilder request = method.equals("GET") ? get(path) : post(path).with(csrf());
        mvc.perform(request).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void formsNeedTheCsrfToken() throws Exception {
        var rita = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("rita").roles("REVIEWER");
        mvc.perform(post("/rules/IRE-PACEMAKER/comments").param("body", "Which pacemakers?").with(rita))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "rita").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/rules/IRE-PACEMAKER/comments").param("body", "Which pacemakers?").with(rita).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/rules/IRE-PACEMAKER#discussion"));
        assertThat(audit.newest(5)).extracting(AuditEntry::action, AuditEntry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.COMMENT, "rita"));
    }

    @Test
    void fiveFailedSignInsLockTheAccountForAMinute() throws Exception {
        accounts.add("tess", Role.REVIEWER, PASSWORD);
        for (int i = 0; i < Accounts.FAILURES_BEFORE_LOCK; i++) {
            mvc.perform(get("/api/rules/IRE-PACEMAKER/reviews").with(httpBasic("tess", "wrong password " + i)))
                    .andExpect(status().isUnauthorized());
        }
        MockHttpServletRequestBuilder rightPassword = post("/api/rules/IRE-PACEMAKER/reviews").with(httpBasic("tess", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"verdict\": \"FAITHFUL\"}");
        mvc.perform(rightPassword).andExpect(status().isUnauthorized());
        assertThat(audit.newest(10)).extracting(AuditEntry::action, AuditEntry::target)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.ACCOUNT_LOCKED, "tess"));
        clock.advance(Duration.ofSeconds(59));
        mvc.perform(rightPassword).andExpect(status().isUnauthorized());
        clock.advance(Duration.ofSeconds(2));
        mvc.perform(rightPassword).andExpect(status().isCreated());
        assertThat(accounts.list()).filteredOn(a -> a.name().equals("tess")).singleElement()
                .satisfies(a -> assertThat(a.failedSignIns()).isZero());
    }

    @Test
    void signingInAndOutOnTheFormWorksAndIsAudited() throws Exception {
        mvc.perform(formLogin("/login").user("rita").password("not the password"))
                .andExpect(redirectedUrl("/login?error"));
        var session = mvc.perform(formLogin("/login").user("rita").password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        mvc.perform(post("/logout").with(csrf()).session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(redirectedUrl("/login?logout"));
        assertThat(audit.newest(10)).extracting(AuditEntry::action, AuditEntry::actor).contains(
                org.assertj.core.groups.Tuple.tuple(AuditAction.SIGN_IN_FAILED, "rita"),
                org.assertj.core.groups.Tuple.tuple(AuditAction.SIGN_IN, "rita"),
                org.assertj.core.groups.Tuple.tuple(AuditAction.SIGN_OUT, "rita"));
    }

    @Test
    void accountsAreCheckedAddedOnceDisabledAndAudited() throws Exception {
        assertThatThrownBy(() -> accounts.add("short", Role.REVIEWER, "11 chars...")).hasMessageContaining("12");
        assertThatThrownBy(() -> accounts.add("bad name", Role.REVIEWER, PASSWORD)).hasMessageContaining("NAME");
        assertThatThrownBy(() -> accounts.add("rita", Role.REVIEWER, PASSWORD)).hasMessageContaining("exists");
        accounts.add("dora", Role.REVIEWER, PASSWORD);
        accounts.disable("dora");
        assertThatThrownBy(() -> accounts.disable("dora")).hasMessageContaining("already");
        mvc.perform(get("/api/rules").with(httpBasic("dora", PASSWORD))).andExpect(status().isUnauthorized());
        assertThat(audit.newest(10)).extracting(AuditEntry::action, AuditEntry::target).contains(
                org.assertj.core.groups.Tuple.tuple(AuditAction.ACCOUNT_ADDED, "dora"),
                org.assertj.core.groups.Tuple.tuple(AuditAction.ACCOUNT_DISABLED, "dora"));
        assertThat(accounts.list()).filteredOn(a -> a.name().equals("dora")).singleElement()
                .satisfies(a -> assertThat(a.enabled()).isFalse());
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.startsWith("default-src")));
    }
}
