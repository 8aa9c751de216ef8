package org.tumorboard.navigator.web;

/** Names shared by the OpenAPI annotations of the JSON endpoints (the schemas are registered at start-up). */
public final class ApiDocs {

    /** RFC 9457 problem details with the {@code errors} list of {@code {field, message}}. */
    public static final String PROBLEM = "#/components/schemas/Problem";
    /** A FHIR R4 Bundle, described but not modelled (FHIR's own schema is the reference). */
    public static final String FHIR_BUNDLE = "#/components/schemas/FhirBundle";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String FHIR_JSON = "application/fhir+json";

    public static final String BAD_REQUEST = "Rejected input: problem details whose errors name each field (for FHIR "
            + "input the resource and element)";
    public static final String TOO_LARGE = "The body is larger than the limit (16 KiB for a case, 512 KiB for a "
            + "FHIR Bundle, 2 MiB for a CDS Hooks call)";
    public static final String UNSUPPORTED = "The body is not declared as JSON (or FHIR JSON where accepted)";

    /** A minimal Bundle: the stage and CA19-9. */
    public static final String FHIR_EXAMPLE = "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\": "
            + "{\"resourceType\": \"Observation\", \"id\": \"stage\", \"status\": \"final\", \"code\": {\"coding\": [{\"system\": "
            + "\"https://tumorboard.example/fhir/CodeSystem/case-facts\", \"code\": \"stage\"}]}, \"valueCodeableConcept\": "
            + "{\"coding\": [{\"system\": \"https://tumorboard.example/fhir/CodeSystem/case-values\", \"code\": "
            + "\"LOCALLY_ADVANCED\"}]}}}, {\"resource\": {\"resourceType\": \"Observation\", \"id\": \"ca199\", "
            + "\"status\": \"final\", \"code\": {\"coding\": [{\"system\": \"http://loinc.org\", \"code\": \"24108-3\"}]}, "
            + "\"valueQuantity\": {\"value\": 959, \"unit\": \"U/mL\", \"system\": \"http://unitsofmeasure.org\", "
            + "\"code\": \"U/mL\"}}}]}";

    private ApiDocs() {
    }
}
