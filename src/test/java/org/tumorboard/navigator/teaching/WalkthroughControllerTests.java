package org.tumorboard.navigator.teaching;

import org.tumorboard.navigator.intake.Cases;
import org.tumorboard.navigator.scenarios.Walkthrough;

import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.StarterEngineConfiguration;

@WebMvcTest(WalkthroughController.class)
@Import({StarterEngineConfiguration.class, WalkthroughControllerTests.Figures.class})
class WalkthroughControllerTests {

    static final CaseFacts LAPC_PACEMAKER = Cases.lapc().with("age", 72).with("tumorSizeCm", 1.9)
            .with("pacemaker", true).with("surgicalCandidate", false).build();
    static final CaseFacts METASTATIC = Cases.metastatic().with("liverMetastases", true)
            .with("liverDominantDisease", true).build();

    /** Two figure scenarios (1 and 3) and one plain scenario, over the starter rule set. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Figures {

        @Bean
        ScenarioLibrary scenarioLibrary() {
            return new ScenarioLibrary(List.of(
                    new Scenario("figure-3-liver", "Figure 3 retold.", 3, METASTATIC, List.of(), List.of(),
                            new Walkthrough("Figure 3: liver <metastases>", "Liver-dominant disease.",
                                    "What does the review report?", "TARE was performed.")),
                    new Scenario("figure-1-lapc", "Figure 1 retold.", 1, LAPC_PACEMAKER, List.of("IRE-PACEMAKER"),
                            List.of(), new Walkthrough("Figure 1: a tail tumour", "A 72-year-old patient.",
                            "Which facts bear on IRE?", "The review reports MWA was performed.")),
                    new Scenario("plain", "Not a figure.", null, METASTATIC, List.of(), List.of(), null)));
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theListShowsEveryFigureInOrder() throws Exception {
        String html = mvc.perform(get("/walkthroughs"))
                .andExpect(status().isOk())
                .andExpect(view().name("walkthroughs/list"))
                .andExpect(model().attribute("walkthroughs", List.of(
                        new WalkthroughController.WalkthroughLink(1, "Figure 1: a tail tumour", "A 72-year-old patient.",
                                "/walkthroughs/1"),
                        new WalkthroughController.WalkthroughLink(3, "Figure 3: liver <metastases>",
                                "Liver-dominant disease.", "/walkthroughs/3"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<a href=\"/walkthroughs/1\">Figure 1: a tail tumour</a>")
                .contains("Figure 3: liver &lt;metastases&gt;")
                .doesNotContain("Not a figure.");
        assertThat(html.indexOf("/walkthroughs/1\"")).isLessThan(html.indexOf("/walkthroughs/3\""));
    }

    @Test
    void aWalkthroughHidesTheConsiderationsAndTheOutcomeUntilThePredictionOrAnExplicitSkip() throws Exception {
        String html = mvc.perform(get("/walkthroughs/1"))
                .andExpect(status().isOk())
                .andExpect(view().name("walkthroughs/show"))
                .andExpect(content().string(containsString("<title>Figure 1: a tail tumour · Walkthroughs · Tumor Board Navigator</title>")))
                .andReturn().getResponse().getContentAsString();
        int presentation = html.indexOf("A 72-year-old patient.");
        int prompt = html.indexOf("Which facts bear on IRE?");
        assertThat(presentation).isPositive().isLessThan(prompt);
        assertThat(html).doesNotContain("id=\"reveal-considerations\"", "consideration-IRE-PACEMAKER",
                "The review reports MWA was performed.").contains("href=\"/walkthroughs/1/reveal\"");

        String revealed = mvc.perform(get("/walkthroughs/1/reveal")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int reveal = revealed.indexOf("id=\"reveal-considerations\"");
        int outcome = revealed.indexOf("id=\"reveal-outcome\"");
        assertThat(revealed.indexOf("Which facts bear on IRE?")).isLessThan(reveal);
        assertThat(reveal).isPositive().isLessThan(outcome);
        assertThat(revealed.substring(reveal, outcome)).contains("id=\"consideration-IRE-PACEMAKER\"")
                .contains("<a href=\"/literature#ref-40\">Review, ref. 40</a>");
        assertThat(revealed.substring(outcome)).contains("The review reports MWA was performed.");
        assertThat(revealed).doesNotContain("id=\"prediction-results\"");
    }

    @Test
    void aWalkthroughShowsItsKnownFactsAndLinksToTheCaseFormAndNeighbours() throws Exception {
        mvc.perform(get("/walkthroughs/1"))
                .andExpect(content().string(containsString("<dt>Tumour size</dt>")))
                .andExpect(content().string(containsString("<dt>Fit for surgery</dt>")))
                .andExpect(content().string(not(containsString("<dt>Metal biliary stent</dt>"))))
                .andExpect(content().string(containsString(
                        "href=\"/cases/new?stage=LOCALLY_ADVANCED&amp;age=72&amp;tumorSizeCm=1.9&amp;pacemaker=YES&amp;surgicalCandidate=NO\"")))
                .andExpect(content().string(containsString("<a rel=\"next\" href=\"/walkthroughs/3\">")))
                .andExpect(content().string(not(containsString("rel=\"prev\""))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/walkthroughs/2", "/walkthroughs/x", "/walkthroughs/99999"})
    void aFigureWithoutWalkthroughIsAFriendlyNotFound(String path) throws Exception {
        mvc.perform(get(path).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(content().string(containsString("Page not found")));
    }
}
