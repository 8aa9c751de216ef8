package org.tumorboard.navigator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tumorboard.navigator.intake.CaseField;
import org.tumorboard.navigator.intake.Stage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description served by the application, against the real code it describes. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private JsonNode apiDocs() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return JsonMapper.shared().readTree(body);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void theCaseSchemaListsExactlyTheFieldsTheReaderAccepts() throws Exception {
        JsonNode schema = apiDocs().path("components").path("schemas").path("CaseFacts");
        Set<String> accepted = Set.copyOf(CaseField.names());

        assertThat(names(schema.path("properties"))).containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.path("required").get(0).asString()).isEqualTo("stage");
    }

    @Test
    void theCaseSchemaGivesAllowedValuesAndRanges() throws Exception {
        JsonNode properties = apiDocs().path("components").path("schemas").path("CaseFacts").path("properties");

        assertThat(properties.path("stage").path("enum").valueStream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(Arrays.stream(Stage.values()).map(Enum::name).toList());
        assertThat(properties.path("age").path("minimum").asInt()).isEqualTo(18);
        assertThat(properties.path("age").path("maximum").asInt()).isEqualTo(100);
        assertThat(properties.path("tumorSizeCm").path("minimum").asDouble()).isEqualTo(0.1);
        assertThat(properties.path("ca199").path("maximum").asDouble()).isEqualTo(1_000_000);
    }

    /** Every address of a JSON API controller ({@link ApiController}), read from the application's own mappings. */
    private Set<String> jsonEndpoints() {
        return handlerMapping.getHandlerMethods().entrySet().stream()
                .filter(e -> AnnotatedElementUtils.hasAnnotation(e.getValue().getBeanType(), ApiController.class))
                .flatMap(e -> e.getKey().getPatternValues().stream())
                .collect(Collectors.toSet());
    }

    @Test
    void everyJsonEndpointIsDescribedAndNoPage() throws Exception {
        assertThat(jsonEndpoints()).contains("/api/evaluations", "/cases/evaluation.json", "/cds-services");
        assertThat(names(apiDocs().path("paths"))).containsExactlyInAnyOrderElementsOf(jsonEndpoints());
    }

    @ParameterizedTest
    @CsvSource({"/api/evaluations, post, 400 413 415", "/cds-services/{id}, post, 400 412 413 415",
        "/cds-services/{id}/feedback, post, 400 413 415", "/cases/evaluation.json, get, 400"})
    void everyErrorIsDescribedAsProblemDetails(String path, String method, String statuses) throws Exception {
        JsonNode responses = apiDocs().path("paths").path(path).path(method).path("responses");
        for (String status : statuses.split(" ")) {
            assertThat(responses.path(status).path("content").path("application/problem+json").path("schema")
                    .path("$ref").asString()).as(path + " " + status).isEqualTo("#/components/schemas/Problem");
        }
    }

    @Test
    void theEvaluationEndpointTakesTheCaseAndAFhirBundleWithExamples() throws Exception {
        JsonNode content = apiDocs().path("paths").path("/api/evaluations").path("post").path("requestBody")
                .path("content");

        assertThat(content.path("application/json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/CaseFacts");
        assertThat(content.path("application/json").path("examples").isEmpty()).isFalse();
        assertThat(content.path("application/fhir+json").path("examples").isEmpty()).isFalse();
    }

    @Test
    void theResultQueryIsDescribedByTheCaseFields() throws Exception {
        JsonNode parameters = apiDocs().path("paths").path("/cases/evaluation.json").path("get").path("parameters");

        assertThat(parameters.valueStream().map(p -> p.path("name").asString()).toList())
                .containsExactlyElementsOf(CaseField.names());
    }

    @Test
    void swaggerUiIsServedWithARelaxedPolicyOfItsOwnWhileThePagesKeepTheStrictOne() throws Exception {
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("swagger-ui")))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.SWAGGER_UI_POLICY));
        for (String page : List.of("/", "/v3/api-docs", "/cases/new")) {
            mvc.perform(get(page)).andExpect(header().string("Content-Security-Policy",
                    SecurityConfiguration.CONTENT_SECURITY_POLICY));
        }
        assertThat(SecurityConfiguration.SWAGGER_UI_POLICY).doesNotContain("script-src");
    }
}
