package org.tumorboard.navigator.literature;

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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.StarterEngineConfiguration;

@WebMvcTest(LiteratureController.class)
@Import(StarterEngineConfiguration.class)
class LiteratureControllerTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(ints = {40, 67})
    void everyReferenceHasAnAnchorForCitationsToLinkTo(int ref) throws Exception {
        mvc.perform(get("/literature"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<article class=\"reference\" id=\"ref-" + ref + "\">")));
    }

    @Test
    void theLiteraturePageShowsSourcesTrialsChartAndClaimsSections() throws Exception {
        String html = mvc.perform(get("/literature"))
                .andExpect(view().name("literature/index"))
                .andExpect(model().attribute("charted", 0))
                .andExpect(content().string(containsString("<title>Literature · Tumor Board Navigator</title>")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"review\"")
                .contains("<a href=\"https://doi.org/10.3748/wjg.v27.i27.4322\">DOI 10.3748/wjg.v27.i27.4322</a>")
                .contains("<tr id=\"trial-NCT03614910\">")
                .contains("This is the review&#39;s 2021 list of active IRE trials")
                .contains("<div class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"survival-chart\"")
                .contains("id=\"claims\"")
                .contains("The catalogue lists no claims yet.")
                .contains("<a class=\"rule-id\" href=\"/rules/IRE-PACEMAKER\">IRE-PACEMAKER</a>");
    }

    @Test
    void aTreatmentFilterNarrowsThePage() throws Exception {
        String html = mvc.perform(get("/literature").param("modality", "RFA"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("page", org.hamcrest.Matchers.hasToString(containsString("modality=RFA"))))
                .andReturn().getResponse().getContentAsString();
        LiteraturePage page = (LiteraturePage) mvc.perform(get("/literature").param("modality", "RFA"))
                .andReturn().getModelAndView().getModel().get("page");
        assertThat(page.modality()).isEqualTo(Modality.RFA);
        assertThat(page.references()).isEmpty();
        assertThat(html).doesNotContain("id=\"ref-40\"").doesNotContain("id=\"trials\"")
                .contains("Showing Radiofrequency ablation (RFA) only.");
    }

    @Test
    void anUnknownTreatmentIsABadRequestPage() throws Exception {
        mvc.perform(get("/literature").param("modality", "HOMEOPATHY").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error"))
                .andExpect(content().string(containsString("The page could not be shown (status 400).")));
    }
}
