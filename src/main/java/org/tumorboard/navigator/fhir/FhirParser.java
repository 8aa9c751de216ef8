package org.tumorboard.navigator.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.intake.InvalidCaseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Strict HAPI parsing of resources already read as JSON trees. A failure names the resource and the element, in
 * words of its own: HAPI's messages may quote a value (a birth date, a name), so they are never passed on.
 */
final class FhirParser {

    private static final Pattern CODE = Pattern.compile("HAPI-(\\d+): ");
    private static final Pattern ELEMENT = Pattern.compile(
            "\\[element=\"([^\"]+)\"]|element '([^']+)'|for element ([A-Za-z0-9_\\[\\]]+)");
    private static final Pattern JSON_TYPES = Pattern.compile("Expected (\\w+) and found (\\w+)");

    private final FhirContext context;
    private final FhirJsonTypes types;

    FhirParser(FhirContext context) {
        this.context = context;
        this.types = new FhirJsonTypes(context);
    }

    /** The resources of a tree (a Bundle's entries flattened), each parsed strictly and named. */
    List<NamedResource> resources(JsonNode tree, String where) throws InvalidCaseException {
        if (!tree.isObject() || !tree.path("resourceType").isString()) {
            throw new InvalidCaseException(where, "must be a FHIR resource: a JSON object with a resourceType");
        }
        List<FieldProblem> wrongTypes = new ArrayList<>();
        if ("Bundle".equals(tree.path("resourceType").asString())) {
            ObjectNode bundle = ((ObjectNode) tree).deepCopy();
            bundle.remove("entry");
            types.check(bundle, "Bundle", wrongTypes);
            JsonNode entries = tree.path("entry");
            for (int i = 0; i < entries.size(); i++) {
                JsonNode node = entries.path(i).path("resource");
                if (node.isObject()) {
                    types.check(node, NamedResource.nameOf(node.path("resourceType").asString(""),
                            node.path("id").asString(null), i), wrongTypes);
                }
            }
        } else {
            types.check(tree, NamedResource.nameOf(tree.path("resourceType").asString(), tree.path("id").asString(null),
                    -1), wrongTypes);
        }
        if (!wrongTypes.isEmpty()) {
            throw new InvalidCaseException(wrongTypes);
        }
        List<NamedResource> resources = new ArrayList<>();
        if ("Bundle".equals(tree.path("resourceType").asString())) {
            Bundle bundle = (Bundle) parse(tree, "Bundle");
            JsonNode entries = tree.path("entry");
            for (int i = 0; i < bundle.getEntry().size(); i++) {
                Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
                if (entry.getResource() == null) {
                    continue;
                }
                JsonNode node = entries.path(i).path("resource");
                String name = NamedResource.nameOf(node.path("resourceType").asString(), node.path("id").asString(null), i);
                resources.add(new NamedResource(name, entry.getResource(), entry.getFullUrl()));
            }
        } else {
            String name = NamedResource.nameOf(tree.path("resourceType").asString(), tree.path("id").asString(null), -1);
            resources.add(new NamedResource(name, (Resource) parse(tree, name), null));
        }
        return resources;
    }

    private Object parse(JsonNode tree, String name) throws InvalidCaseException {
        try {
            return newParser().parseResource(tree.toString());
        } catch (DataFormatException e) {
            throw new InvalidCaseException(List.of(locate(tree, name, e)));
        }
    }

    private IParser newParser() {
        return context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    /** Which entry failed: each is parsed alone; the first that fails is named, else the Bundle itself. */
    private FieldProblem locate(JsonNode tree, String name, DataFormatException failure) {
        JsonNode entries = tree.path("entry");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode resource = entries.path(i).path("resource");
            if (!resource.isObject()) {
                continue;
            }
            try {
                newParser().parseResource(resource.toString());
            } catch (DataFormatException e) {
                String entryName = NamedResource.nameOf(resource.path("resourceType").asString(""),
                        resource.path("id").asString(null), i);
                return problem(entryName, e);
            }
        }
        return problem(name, failure);
    }

    static FieldProblem problem(String name, DataFormatException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher code = CODE.matcher(message);
        int number = code.find() ? Integer.parseInt(code.group(1)) : 0;
        Matcher element = ELEMENT.matcher(message);
        String field = name;
        if (element.find()) {
            String found = element.group(1) != null ? element.group(1)
                    : element.group(2) != null ? element.group(2) : element.group(3);
            field = name + "." + found;
        }
        return new FieldProblem(field, describe(number, message));
    }

    private static String describe(int code, String message) {
        return switch (code) {
            case 1821 -> "is not a valid value for this FHIR R4 element";
            case 1825, 1824 -> "is not an element of this FHIR R4 resource";
            case 1820 -> {
                Matcher types = JSON_TYPES.matcher(message);
                yield types.find() ? "has the wrong JSON type: expected " + types.group(1).toLowerCase()
                        + ", found " + types.group(2).toLowerCase() : "has the wrong JSON type";
            }
            case 1823 -> "is repeated, but the element does not repeat in FHIR R4";
            case 1815, 1816, 1814, 1838 -> "does not have a known FHIR R4 resourceType (names are case-sensitive)";
            case 1822 -> "is missing an element FHIR R4 requires";
            case 1826, 2724 -> "has an invalid reference";
            default -> "is not valid FHIR R4";
        };
    }
}
