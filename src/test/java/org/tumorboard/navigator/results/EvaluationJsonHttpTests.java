package org.tumorboard.navigator.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole app: evaluations go out as the app's mapper writes them, with a Content-Length. */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationJsonHttpTests {

    private static final Path CASE = Path.of("src/test/resources/cases/lapc-head-stent.json");

    @Autowired
    MockMvc mvc;

    @Autowired
    RuleEngine engine;

    @Autowired
    JsonMapper mapper;

    @Autowired
    CaseReader reader;

    private MvcResult post(String query) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/evaluations" + query).contentType(MediaType.APPLICATION_JSON)
                .content(Files.readAllBytes(CASE))).andReturn();
    }

    @Test
    void theApiWritesTheMappersBytesOfTheEvaluationWithAContentLength() throws Exception {
        byte[] expected = mapper.writeValueAsBytes(engine.evaluate(reader.read(Files.newInputStream(CASE))));
        MvcResult result = post("");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(expected);
        assertThat(result.getResponse().getContentLength()).isEqualTo(expected.length);
    }

    @Test
    void theCompactViewHasRuleIdsBecauseAndCitationKeys() throws Exception {
        JsonNode full = mapper.readTree(post("").getResponse().getContentAsByteArray());
        MvcResult result = post("?view=compact");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode compact = mapper.readTree(result.getResponse().getContentAsByteArray());
        assertThat(compact.get("disclaimer")).isEqualTo(full.get("disclaimer"));
        assertThat(compact.get("considerations").size()).isEqualTo(full.get("considerations").size()).isPositive();
        JsonNode first = compact.at("/considerations/0");
        assertThat(first.propertyNames()).containsExactly("ruleId", "basis", "because", "citations");
        assertThat(first.get("ruleId")).isEqualTo(full.at("/considerations/0/ruleId"));
        assertThat(first.get("because")).isEqualTo(full.at("/considerations/0/because"));
        assertThat(first.get("basis")).isEqualTo(full.at("/considerations/0/basis"));
        assertThat(first.at("/citations/0").asString()).matches("ref-\\d+|review");
        assertThat(compact.at("/trials/0").asString()).isEqualTo(full.at("/trials/0/nct").asString());
        assertThat(result.getResponse().getContentAsByteArray().length)
                .isLessThan(post("").getResponse().getContentAsByteArray().length / 4);
    }
}
