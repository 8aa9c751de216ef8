package org.tumorboard.navigator.intake;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a case document (JSON, or a tree read from a scenario file) into a validated {@link CaseFacts}, or an
 * {@link InvalidCaseException} naming every offending field. The one way in for the HTTP API, the command line,
 * the scenarios and the case form, so all of them accept and reject exactly the same things.
 */
public final class CaseReader {

    /** Largest case document accepted, in bytes. A real case is well under 2 KiB. */
    public static final int MAX_BYTES = 16 * 1024;

    private static final JsonMapper MAPPER = strictMapper();

    private final Validator validator;

    public CaseReader(Validator validator) {
        this.validator = validator;
    }

    /** A reader with its own default Bean Validation provider (for the command line and tests). */
    public static CaseReader withDefaultValidator() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return new CaseReader(factory.getValidator());
        }
    }

    /** The JSON mapper used for cases: unknown fields, coercions, duplicate keys and trailing tokens all fail. */
    public static JsonMapper strictMapper() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    public CaseFacts read(InputStream in) throws InvalidCaseException, IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidCaseException.TooLarge();
        }
        return read(bytes);
    }

    public CaseFacts read(byte[] json) throws InvalidCaseException {
        if (json.length > MAX_BYTES) {
            throw new InvalidCaseException.TooLarge();
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidCaseException("body", notJson(e));
        }
        return read(tree);
    }

    public CaseFacts read(JsonNode tree) throws InvalidCaseException {
        if (tree == null || tree.isMissingNode() || !tree.isObject()) {
            throw new InvalidCaseException("body", "the case must be a JSON object, e.g. {\"stage\": \"LOCALLY_ADVANCED\"}");
        }
        CaseFacts facts;
        try {
            facts = MAPPER.treeToValue(tree, CaseFacts.class);
        } catch (JacksonException e) {
            throw new InvalidCaseException(List.of(problemOf(e)));
        }
        return validate(facts);
    }

    /** Checks the ranges and required fields of a case built by other means (e.g. the case form). */
    public CaseFacts validate(CaseFacts facts) throws InvalidCaseException {
        List<FieldProblem> problems = validator.validate(facts).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        return facts;
    }

    /** The JSON names of the case's fields, in contract order. */
    public static List<String> fieldNames() {
        return Arrays.stream(CaseFacts.class.getRecordComponents()).map(c -> c.getName()).toList();
    }

    private static String notJson(JacksonException e) {
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        return "not valid JSON" + where + (reason.isBlank() ? "" : ": " + reason);
    }

    private static FieldProblem problemOf(JacksonException e) {
        String field = e instanceof DatabindException de ? pathOf(de) : "body";
        if (e instanceof UnrecognizedPropertyException u) {
            return new FieldProblem(field, "unknown field; allowed fields are " + String.join(", ", fieldNames()));
        }
        if (e instanceof StreamReadException) {
            return new FieldProblem("body", notJson(e));
        }
        Class<?> target = e instanceof tools.jackson.databind.exc.MismatchedInputException m ? m.getTargetType() : null;
        String got = e instanceof InvalidFormatException f ? " (got " + describe(f.getValue()) + ")" : "";
        return new FieldProblem(field, "must be " + expected(target) + got);
    }

    private static String pathOf(DatabindException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "body" : path;
    }

    private static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    /** What a field of this type accepts, in words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the documented type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) + " (or null for unknown)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true, false or null (unknown)";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number (or null for unknown)";
        }
        if (type == Double.class || type == double.class) {
            return "a number (or null for unknown)";
        }
        if (type == String.class) {
            return "text (or null)";
        }
        return "a value of type " + type.getSimpleName();
    }
}
