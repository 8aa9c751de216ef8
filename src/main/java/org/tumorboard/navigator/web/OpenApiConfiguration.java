package org.tumorboard.navigator.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.intake.Answer;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.intake.CaseReader;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): the JSON endpoints, the
 * case schema as the case reader accepts it, and the problem details of every error.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI tumorBoardOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Tumor Board Navigator API").version("1")
                        .description(Evaluation.DISCLAIMER + "\n\nThe case fields are a public contract: every field "
                                + "but `stage` may be absent or null, meaning unknown (never false). Unknown fields, "
                                + "wrong types (no coercion), values out of range and duplicate keys are rejected."))
                .components(new Components()
                        .addSchemas("Problem", problem())
                        .addSchemas("FhirBundle", new ObjectSchema().description("A FHIR R4 Bundle (resourceType "
                                + "Bundle) of mCODE-profiled resources; see docs/fhir-and-cds-hooks.md for the mapping table. Its "
                                + "structure is FHIR's: https://hl7.org/fhir/R4/bundle.html")));
    }

    /** The case schema closed to unknown fields, with its one required field. */
    @Bean
    OpenApiCustomizer caseSchemaCustomizer() {
        return openApi -> {
            Schema<?> schema = openApi.getComponents().getSchemas().get(CaseFacts.class.getSimpleName());
            if (schema != null) {
                schema.setRequired(List.of("stage"));
                schema.setAdditionalProperties(false);
                schema.setDescription("A hypothetical case. Fields: " + String.join(", ", CaseReader.fieldNames())
                        + ". Every field but stage may be null (unknown).");
                queryParameters(openApi, schema);
            }
            PathItem evaluations = openApi.getPaths() == null ? null : openApi.getPaths().get("/api/evaluations");
            if (evaluations != null && evaluations.getPost() != null && evaluations.getPost().getRequestBody() != null) {
                evaluations.getPost().getRequestBody().getContent().addMediaType(ApiDocs.FHIR_JSON, new MediaType()
                        .schema(new Schema<>().$ref(ApiDocs.FHIR_BUNDLE))
                        .addExamples("CA19-9 only", new Example().value(ApiDocs.FHIR_EXAMPLE)));
            }
        };
    }

    /** The result query's parameters: the case fields, yes/no facts as the form's answers. */
    private static void queryParameters(OpenAPI openApi, Schema<?> caseSchema) {
        PathItem path = openApi.getPaths() == null ? null : openApi.getPaths().get(CaseQuery.JSON_PATH);
        if (path == null || path.getGet() == null) {
            return;
        }
        List<Parameter> parameters = new ArrayList<>();
        for (String field : CaseReader.fieldNames()) {
            Schema<?> property = caseSchema.getProperties().get(field);
            Schema<?> schema = property != null && "boolean".equals(property.getType())
                    ? new StringSchema()._enum(Arrays.stream(Answer.values()).map(Enum::name).toList())
                    : property;
            parameters.add(new Parameter().in("query").name(field).required("stage".equals(field)).schema(schema));
        }
        path.getGet().setParameters(parameters);
    }

    private static Schema<?> problem() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema().description("the case field, `body`, or for FHIR input the "
                + "resource and element, e.g. Observation/ca199-a.value[x]"));
        error.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details (application/problem+json)");
        problem.addProperty("type", new StringSchema().example("/problems/invalid-case"));
        problem.addProperty("title", new StringSchema().example("Invalid case"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("errors", new ArraySchema().items(error));
        return problem;
    }
}
