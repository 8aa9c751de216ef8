package org.tumorboard.navigator.fhir;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition.ChildTypeEnum;
import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.UnsignedIntType;
import org.tumorboard.navigator.intake.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * FHIR's JSON types, checked before HAPI reads a resource (HAPI takes {@code "valueBoolean": "true"} for a boolean
 * and a number for a string): a boolean element is a JSON boolean, an integer one a JSON whole number, a decimal one
 * a JSON number, every other primitive a JSON string, and a composite an object; repeating elements are arrays of
 * them. Each mismatch names the element ({@code Observation/x.valueBoolean}), never its value.
 */
final class FhirJsonTypes {

    private static final Set<String> NOT_ELEMENTS = Set.of("resourceType", "fhir_comments");

    private final FhirContext context;

    FhirJsonTypes(FhirContext context) {
        this.context = context;
    }

    /** The mismatches of one resource (a Bundle's entries included), named from {@code name}. */
    void check(JsonNode resource, String name, List<FieldProblem> problems) {
        String type = resource.path("resourceType").asString("");
        BaseRuntimeElementCompositeDefinition<?> definition;
        try {
            definition = context.getResourceDefinition(type);
        } catch (RuntimeException unknown) {
            return;   // HAPI names an unknown resourceType itself
        }
        composite(resource, definition, name, problems);
    }

    private void composite(JsonNode object, BaseRuntimeElementCompositeDefinition<?> definition, String path,
                           List<FieldProblem> problems) {
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String element = property.getKey();
            if (NOT_ELEMENTS.contains(element) || element.startsWith("_")) {
                continue;
            }
            BaseRuntimeChildDefinition child = definition.getChildByName(element);
            BaseRuntimeElementDefinition<?> type = child == null ? null : child.getChildByName(element);
            if (type == null) {
                continue;   // HAPI reports an unknown element itself
            }
            JsonNode value = property.getValue();
            String at = path + "." + element;
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    value(value.get(i), type, at + "[" + i + "]", problems);
                }
            } else {
                value(value, type, at, problems);
            }
        }
    }

    private void value(JsonNode value, BaseRuntimeElementDefinition<?> type, String at, List<FieldProblem> problems) {
        if (value.isNull()) {
            return;
        }
        ChildTypeEnum kind = type.getChildType();
        if (kind == ChildTypeEnum.PRIMITIVE_DATATYPE || kind == ChildTypeEnum.ID_DATATYPE
                || kind == ChildTypeEnum.PRIMITIVE_XHTML_HL7ORG || kind == ChildTypeEnum.PRIMITIVE_XHTML) {
            String expected = expected(type.getImplementingClass());
            String found = found(value);
            if (!expected.equals(found) && !(expected.equals("number") && found.equals("whole number"))) {
                problems.add(new FieldProblem(at, "has the wrong JSON type: expected " + expected + ", found " + found));
            }
        } else if (kind == ChildTypeEnum.RESOURCE || kind == ChildTypeEnum.CONTAINED_RESOURCES
                || kind == ChildTypeEnum.CONTAINED_RESOURCE_LIST) {
            if (value.isObject()) {
                check(value, at, problems);
            }
        } else if (type instanceof BaseRuntimeElementCompositeDefinition<?> composite) {
            if (!value.isObject()) {
                problems.add(new FieldProblem(at, "has the wrong JSON type: expected object, found " + found(value)));
            } else {
                composite(value, composite, at, problems);
            }
        }
    }

    private static String expected(Class<?> primitive) {
        if (BooleanType.class.isAssignableFrom(primitive)) {
            return "boolean";
        }
        if (IntegerType.class.isAssignableFrom(primitive) || PositiveIntType.class.isAssignableFrom(primitive)
                || UnsignedIntType.class.isAssignableFrom(primitive)) {
            return "whole number";
        }
        if (DecimalType.class.isAssignableFrom(primitive)) {
            return "number";
        }
        return "string";
    }

    private static String found(JsonNode value) {
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isIntegralNumber()) {
            return "whole number";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isString()) {
            return "string";
        }
        return value.isArray() ? "array" : value.isObject() ? "object" : "null";
    }
}
