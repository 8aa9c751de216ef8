package org.tumorboard.navigator.rulebook;

import org.tumorboard.navigator.scenarios.ScenarioLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.signoff.ReviewRecordConfiguration;
import org.tumorboard.navigator.StarterEngineConfiguration;

@WebMvcTest(RuleController.class)
@Import({ReviewRecordConfiguration.class, StarterEngineConfiguration.class, ScenarioLibrary.class})
class RuleControllerTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"DERIVED-LOCALLY-ADVANCED", "IRE-PACEMAKER", "IRE-PACEMAKER-UNKNOWN", "IRE-METAL-STENT"})
    void theListShowsEveryRuleWithItsPassageAndALinkToItsPage(String id) throws Exception {
        var rule = TestRuleSets.starterEngine().ruleSet().rule(id).orElseThrow();
        String html = mvc.perform(get("/rules"))
                .andExpect(status().isOk())
                .andExpect(view().name("rules/list"))
                .andReturn().getResponse().getContentAsString();
        String card = html.substring(html.indexOf("<article class=\"rule card"
                + (rule.kind() == null ? "" : " kind-" + rule.kind()) + "\" id=\"rule-" + id + "\""));
        card = card.substring(0, card.indexOf("</article>"));
        assertThat(card).contains("<span class=\"rule-title\">" + rule.title() + "</span>")
                .contains("<a class=\"rule-id\" href=\"/rules/" + id + "\">" + id + "</a>")
                .contains(org.springframework.web.util.HtmlUtils.htmlEscape(rule.passage()))
                .contains("<details class=\"drl\">");
        assertThat(html).contains("<td><a class=\"rule-id\" href=\"/rules/" + id + "\">" + id + "</a></td>");
    }

    @Test
    void aRulePageShowsItsMetadataDrlAndScenarios() throws Exception {
        String html = mvc.perform(get("/rules/IRE-PACEMAKER"))
                .andExpect(status().isOk())
                .andExpect(view().name("rules/show"))
                .andExpect(content().string(containsString("<title>Rule IRE-PACEMAKER · Tumor Board Navigator</title>")))
                .andExpect(content().string(containsString("<span class=\"badge kind-CAUTION\">Caution</span>")))
                .andExpect(content().string(containsString("<dd>Irreversible electroporation (IRE)</dd>")))
                .andExpect(content().string(containsString("<a href=\"/literature#ref-40\">Review, ref. 40</a>")))
                .andExpect(content().string(containsString("<a href=\"/literature#trial-NCT03614910\">NCT03614910</a>")))
                .andExpect(content().string(containsString("<details class=\"drl\" open=\"open\">")))
                .andExpect(content().string(containsString("<summary>DRL (ire-devices.drl, line 6)</summary>")))
                .andReturn().getResponse().getContentAsString();
        String drl = html.substring(html.indexOf("<pre><code>") + 11, html.indexOf("</code></pre>"));
        assertThat(drl).startsWith("rule &quot;The review reports that patients with pacemakers may not be candidates for IRE&quot;")
                .contains("@id(&quot;IRE-PACEMAKER&quot;)")
                .contains("CaseFacts( pacemaker == true )")
                .endsWith("\nend")
                .doesNotContain("IRE-PACEMAKER-UNKNOWN");
        String fires = html.substring(html.indexOf("<li class=\"fires\">"), html.indexOf("<li class=\"does-not-fire\">"));
        String doesNotFire = html.substring(html.indexOf("<li class=\"does-not-fire\">"));
        assertThat(fires).contains("data-scenario=\"lapc-pacemaker\"")
                .contains("A locally advanced case with a pacemaker shows the IRE pacemaker caution.")
                .contains("href=\"/cases/evaluation?label=LAPC%20with%20pacemaker&amp;stage=LOCALLY_ADVANCED&amp;pacemaker=YES&amp;metalBiliaryStent=NO\"")
                .doesNotContain("data-scenario=\"metastatic\"");
        assertThat(doesNotFire).contains("data-scenario=\"lapc-unknowns\"").contains("data-scenario=\"metastatic\"");
    }

    @Test
    void aDerivationRuleSaysItProducesNoConsideration() throws Exception {
        var result = mvc.perform(get("/rules/DERIVED-LOCALLY-ADVANCED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd>Derived fact (no consideration of its own)</dd>")))
                .andExpect(content().string(containsString("Review authors&#39; own statement (Bibok et al., 2021)")))
                .andReturn();
        RuleView rule = (RuleView) result.getModelAndView().getModel().get("rule");
        assertThat(rule.derived()).isTrue();
        assertThat(rule.kindKey()).isNull();
        assertThat(rule.citations()).singleElement().satisfies(c -> assertThat(c.href()).isEqualTo("/literature#review"));
    }

    @Test
    void anUnknownRuleIsAFriendlyNotFound() throws Exception {
        mvc.perform(get("/rules/NO-SUCH-RULE").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }
}
