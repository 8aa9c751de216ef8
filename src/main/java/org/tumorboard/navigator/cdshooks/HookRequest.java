package org.tumorboard.navigator.cdshooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.tumorboard.navigator.fhir.FhirCaseReader.Keyed;
import org.tumorboard.navigator.intake.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * A CDS Hooks 2.0 call of the {@code patient-view} hook, checked: its hook, hookInstance and context, and the
 * prefetched resources. Prefetch keys the service needs but the client did not send are the specification's 412
 * ("the request did not contain the necessary prefetch keys"), whether or not {@code fhirServer} was given: this
 * service never calls a FHIR server.
 */
record HookRequest(String hookInstance, List<Keyed> prefetched) {

    static HookRequest of(JsonNode body) throws CdsRequestException {
        if (!body.isObject()) {
            throw CdsRequestException.badRequest("body", "must be a JSON object (a CDS Hooks request)");
        }
        String hook = text(body, "hook");
        if (!CdsService.HOOK.equals(hook)) {
            throw CdsRequestException.badRequest("hook", "must be " + CdsService.HOOK + ", the hook this service "
                    + "is registered for");
        }
        String hookInstance = text(body, "hookInstance");
        JsonNode context = body.path("context");
        if (!context.isObject() || text(context, "patientId") == null) {
            throw CdsRequestException.badRequest("context.patientId", "is required by the patient-view hook");
        }
        JsonNode prefetch = body.path("prefetch");
        if (!prefetch.isMissingNode() && !prefetch.isNull() && !prefetch.isObject()) {
            throw CdsRequestException.badRequest("prefetch", "must be an object of prefetch keys");
        }
        List<FieldProblem> missing = new ArrayList<>();
        for (String key : CdsService.REQUIRED_PREFETCH) {
            if (!prefetch.has(key)) {
                missing.add(new FieldProblem("prefetch." + key, "was not sent, and this service does not query "
                        + "FHIR servers: send it (null where there is no data)"));
            }
        }
        if (!missing.isEmpty()) {
            throw new CdsRequestException(HttpStatus.PRECONDITION_FAILED, missing);
        }
        List<Keyed> prefetched = new ArrayList<>();
        List<FieldProblem> wrong = new ArrayList<>();
        for (Map.Entry<String, String> template : CdsService.definition().prefetch().entrySet()) {
            JsonNode value = prefetch.path(template.getKey());
            if (!value.isMissingNode() && !value.isNull()) {
                String key = "prefetch." + template.getKey();
                expected(template.getValue(), value, key, wrong);
                prefetched.add(new Keyed(key, value));
            }
        }
        if (!wrong.isEmpty()) {
            throw new CdsRequestException(HttpStatus.BAD_REQUEST, wrong);
        }
        return new HookRequest(hookInstance, prefetched);
    }

    /**
     * What a prefetch key holds, by its template: {@code Patient/{{…}}} one Patient, {@code Condition?patient={{…}}}
     * a Bundle (the search's result) of Conditions.
     */
    private static void expected(String template, JsonNode value, String key, List<FieldProblem> wrong) {
        String type = template.split("[/?]", 2)[0];
        String given = value.path("resourceType").asString("");
        if (!template.contains("?")) {
            if (!type.equals(given)) {
                wrong.add(new FieldProblem(key, "must be a " + type + " resource"
                        + (given.isEmpty() ? "" : ", not a " + given)));
            }
            return;
        }
        if (!"Bundle".equals(given)) {
            wrong.add(new FieldProblem(key, "must be a Bundle of " + type + " resources (the result of " + template
                    + ")" + (given.isEmpty() ? "" : ", not a " + given)));
            return;
        }
        JsonNode entries = value.path("entry");
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.path(i).path("resource").path("resourceType").asString("");
            if (!type.equals(entry)) {
                wrong.add(new FieldProblem(key + ".entry[" + i + "]", "must be a " + type + " resource"
                        + (entry.isEmpty() ? "" : ", not a " + entry)));
            }
        }
    }

    private static String text(JsonNode node, String field) throws CdsRequestException {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            if ("hookInstance".equals(field) || "hook".equals(field)) {
                throw CdsRequestException.badRequest(field, "is required");
            }
            return null;
        }
        if (!value.isString() || value.asString().isBlank()) {
            throw CdsRequestException.badRequest(field, "must be a non-empty string");
        }
        return value.asString();
    }
}
