package org.tumorboard.navigator.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tumorboard.navigator.StarterEngineConfiguration;
import org.tumorboard.navigator.web.PublicAddress;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CDS Hooks 2.0 service against request and response examples written from the specification. */
@WebMvcTest({CdsServicesController.class, CdsFeedbackApiController.class})
@Import({StarterEngineConfiguration.class, CdsHooksConfiguration.class, InMemoryCdsFeedbackStore.class,
        PublicAddress.class})
class CdsServicesControllerTests {

    private static final RequestPostProcessor MAINTAINER = user("maintainer").roles("MAINTAINER");

    static final String SERVICE = "/cds-services/" + CdsService.ID;

    @Autowired
    MockMvc mvc;

    static String example(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/cdshooks", name));
    }

    private ResultActions hook(String body) throws Exception {
        return mvc.perform(post(SERVICE).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void discoveryListsThePatientViewServiceWithItsPrefetch() throws Exception {
        mvc.perform(get("/cds-services"))
                .andExpect(status().isOk())
                .andExpect(content().json(example("discovery-response.json"), JsonCompareMode.STRICT));
    }

    @Test
    void thePatientViewHookAnswersTheSpecShapedResponse() throws Exception {
        hook(example("patient-view-request.json"))
                .andExpect(status().isOk())
                .andExpect(content().json(example("patient-view-response.json"), JsonCompareMode.STRICT));
    }

    @Test
    void everyCardKeepsTheSpecificationsRulesAndCarriesTheDisclaimer() throws Exception {
        String body = hook(example("patient-view-request.json")).andReturn().getResponse().getContentAsString();
        JsonNode cards = JsonMapper.shared().readTree(body).path("cards");

        assertThat(cards.size()).isPositive();
        for (JsonNode card : cards) {
            assertThat(card.path("summary").asString().length()).isBetween(1, 139);
            assertThat(card.path("indicator").asString()).isIn("info", "warning");
            assertThat(card.path("source").path("label").asString()).contains("Bibok et al.");
            assertThat(card.path("source").path("url").asString()).isEqualTo("http://localhost/rules");
            assertThat(card.path("detail").asString()).contains("Not treatment advice");
            assertThat(card.has("suggestions")).isFalse();
            assertThat(card.has("selectionBehavior")).isFalse();
            assertThat(card.path("links").get(0).path("type").asString()).isEqualTo("absolute");
            assertThat(card.path("links").get(0).path("url").asString())
                    .startsWith("http://localhost/cases/evaluation?stage=LOCALLY_ADVANCED");
        }
        assertThat(body).doesNotContain("figure-2-patient");
    }

    @ParameterizedTest
    @ValueSource(strings = {"patient-view-request-missing-prefetch.json", "patient-view-request-no-prefetch.json"})
    void missingRequiredPrefetchIsPreconditionFailedEvenWithAFhirServer(String request) throws Exception {
        hook(example(request))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem("prefetch.conditions")))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem("prefetch.observations")));
    }

    @Test
    void aPatientWithoutPancreaticCancerDataGetsNoCards() throws Exception {
        hook(example("patient-view-request-no-pancreatic-data.json"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"cards\": []}", JsonCompareMode.STRICT));
    }

    @Test
    void invalidPrefetchIsAProblemNamingTheResource() throws Exception {
        String request = example("patient-view-request.json").replace("\"code\": \"U/mL\"", "\"code\": \"mg\"");
        hook(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Observation/figure-2-ca199.valueQuantity.code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"hook\": \"order-select\", \"hookInstance\": \"x\", \"context\": {\"patientId\": \"p\"}}",
        "{\"hook\": \"patient-view\", \"context\": {\"patientId\": \"p\"}}",
        "{\"hook\": \"patient-view\", \"hookInstance\": \"x\", \"context\": {}}", "[]", "{"})
    void aMalformedCallIsABadRequest(String body) throws Exception {
        hook(body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(1)));
    }

    @Test
    void anUnknownServiceIsNotFound() throws Exception {
        mvc.perform(post("/cds-services/other").contentType(MediaType.APPLICATION_JSON)
                        .content(example("patient-view-request.json")))
                .andExpect(status().isNotFound());
    }

    /** One feedback item repeated 50 times (and sent again) counts once; the repeats are said to be ignored. */
    @Test
    void eachIssuedCardCountsOncePerOutcomeAndRepeatsAreSaidSo() throws Exception {
        hook(example("patient-view-request.json")).andExpect(status().isOk());
        String item = "{\"card\": \"8748e512-2df9-36fe-98bc-d5906dd746dc\", \"outcome\": \"accepted\", "
                + "\"outcomeTimestamp\": \"2021-07-21T09:05:00Z\"}";
        String fifty = "{\"feedback\": [" + String.join(",", java.util.Collections.nCopies(50, item)) + "]}";
        mvc.perform(post(SERVICE + "/feedback").contentType(MediaType.APPLICATION_JSON).content(fifty)
                        .with(from("10.0.0.1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counted").value(1))
                .andExpect(jsonPath("$.ignored", hasSize(49)))
                .andExpect(jsonPath("$.ignored[0].item").value("feedback[1]"));
        mvc.perform(post(SERVICE + "/feedback").contentType(MediaType.APPLICATION_JSON).content(fifty)
                        .with(from("10.0.0.1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.counted").value(0));
        mvc.perform(get("/api/cds-feedback").with(MAINTAINER))
                .andExpect(jsonPath("$.counts[0].accepted").value(1));
    }

    @Test
    void feedbackIsRateLimitedPerClientAddress() throws Exception {
        for (int i = 0; i < CdsServicesController.FEEDBACK_CALLS; i++) {
            mvc.perform(post(SERVICE + "/feedback").contentType(MediaType.APPLICATION_JSON).content("{\"feedback\": []}")
                    .with(from("10.0.0.2"))).andExpect(status().isBadRequest());
        }
        mvc.perform(post(SERVICE + "/feedback").contentType(MediaType.APPLICATION_JSON).content("{\"feedback\": []}")
                        .with(from("10.0.0.2")))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.errors[0].field").value("feedback"));
        mvc.perform(post(SERVICE + "/feedback").contentType(MediaType.APPLICATION_JSON).content("{\"feedback\": []}")
                .with(from("10.0.0.3"))).andExpect(status().isBadRequest());
    }

    @Test
    void cardLinksNeverComeFromTheHostHeader() throws Exception {
        String cards = mvc.perform(post(SERVICE).contentType(MediaType.APPLICATION_JSON).header("Host", "evil.example")
                        .content(example("patient-view-request.json")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cards).doesNotContain("evil.example").contains("\"url\":\"http://localhost/cases/evaluation?");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void feedbackOnIssuedCardsIsCountedPerCardType() throws Exception {
        hook(example("patient-view-request.json")).andExpect(status().isOk());

        mvc.perform(post(SERVICE + "/feedback").contentType(MediaType.APPLICATION_JSON)
                        .content(example("feedback-request.json")))
                .andExpect(status().isOk());

        mvc.perform(get("/api/cds-feedback").with(MAINTAINER))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"counts\": [{\"cardType\": \"IRE\", \"accepted\": 1, \"overridden\": 1}]}",
                        JsonCompareMode.STRICT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"feedback\": [{\"card\": \"not-issued\", \"outcome\": \"accepted\", \"outcomeTimestamp\": \"2021-07-21T09:00:00Z\"}]}",
        "{\"feedback\": [{\"card\": \"x\", \"outcome\": \"ignored\", \"outcomeTimestamp\": \"2021-07-21T09:00:00Z\"}]}",
        "{\"feedback\": [{\"card\": \"x\", \"outcome\": \"accepted\", \"outcomeTimestamp\": \"yesterday\"}]}",
        "{\"feedback\": []}"})
    void invalidFeedbackIsABadRequestAndNotCounted(String body) throws Exception {
        String before = mvc.perform(get("/api/cds-feedback").with(MAINTAINER)).andReturn().getResponse().getContentAsString();
        mvc.perform(post(SERVICE + "/feedback").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", containsString("feedback")));
        mvc.perform(get("/api/cds-feedback").with(MAINTAINER)).andExpect(content().json(before, JsonCompareMode.STRICT));
    }

    @Test
    void theSandboxMayCallTheServiceFromTheBrowser() throws Exception {
        mvc.perform(options("/cds-services").header("Origin", CdsHooksConfiguration.SANDBOX)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "authorization, content-type"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", CdsHooksConfiguration.SANDBOX));
        mvc.perform(options(SERVICE + "/feedback").header("Origin", "https://elsewhere.example")
                        .header("Access-Control-Request-Method", "POST"))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @CsvSource({"anonymous, 401", "REVIEWER, 403", "MAINTAINER, 200"})
    void feedbackCountsAreForMaintainers(String role, int status) throws Exception {
        var request = get("/api/cds-feedback");
        mvc.perform(role.equals("anonymous") ? request : request.with(user("someone").roles(role)))
                .andExpect(status().is(status));
    }

    @Test
    void corsIsLimitedToTheCdsServices() throws Exception {
        mvc.perform(get("/api/cds-feedback").with(MAINTAINER).header("Origin", CdsHooksConfiguration.SANDBOX))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }
}
