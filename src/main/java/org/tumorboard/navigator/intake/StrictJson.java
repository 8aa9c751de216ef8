package org.tumorboard.navigator.intake;

import java.io.File;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The one configuration of every strict reader (cases, scenario files, the literature catalogue): unknown fields,
 * duplicate keys, trailing content and every coercion (a float for a whole number, text for a number or a
 * boolean, a number for a choice) fail. Floats are read exactly ({@link java.math.BigDecimal}), so a number too
 * large for its field is seen as such instead of becoming infinity.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** A strict JSON mapper. */
    public static JsonMapper json() {
        return strict(JsonMapper.builder()).build();
    }

    /** A strict YAML mapper, with the same features as {@link #json()}. */
    public static YAMLMapper yaml() {
        return strict(YAMLMapper.builder()).build();
    }

    private static <B extends MapperBuilder<?, B>> B strict(B builder) {
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * Where and why a strict reader rejected a file, as {@code line: path: reason}, in the product's words for
     * the usual mistakes (an unknown key, a value of the wrong type) rather than the parser's.
     *
     * @param lines the line of each key of the file ({@link #keyLines}), for errors the parser places elsewhere
     */
    public static String describe(JacksonException e, Map<String, Integer> lines) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        String path = "";
        if (e instanceof DatabindException d && !d.getPath().isEmpty()) {
            path = path(d);
            line = lines.getOrDefault(pointer(d), line);
        }
        String reason;
        if (e instanceof UnrecognizedPropertyException) {
            reason = "unknown key";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            reason = "must be " + kind(m.getTargetType());
        } else {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            reason = message.lines().findFirst().orElse("cannot be read");
        }
        return line + ": " + (path.isEmpty() ? "" : path + ": ") + reason;
    }

    /**
     * A JSON body a strict reader rejected, as the problem of the field at fault ({@code verdict: must be text},
     * {@code verdcit: unknown key}), or of the body where no field is at fault (it is not JSON, say).
     */
    public static FieldProblem problem(JacksonException e) {
        if (e instanceof DatabindException d && !d.getPath().isEmpty()) {
            String reason = e instanceof UnrecognizedPropertyException ? "unknown field"
                    : e instanceof MismatchedInputException m && m.getTargetType() != null ? "must be " + kind(m.getTargetType())
                    : "is not valid here";
            return new FieldProblem(path(d), reason);
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return new FieldProblem("body", message.toLowerCase(java.util.Locale.ROOT).contains("duplicate")
                ? "gives a field twice" : "is not valid JSON");
    }

    /** The line of every key of a file, by its JSON pointer ({@code /case/age}); empty where it cannot be read. */
    public static Map<String, Integer> keyLines(ObjectMapper mapper, File file) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = mapper.createParser(file)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME) {
                    lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
                            parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (JacksonException e) {
            // lines up to the error are known; the error itself is reported by the reader
        }
        return lines;
    }

    private static String pointer(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> "/" + (ref.getPropertyName() != null ? ref.getPropertyName() : ref.getIndex()))
                .collect(Collectors.joining());
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String kind(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "a mapping of keys to values" : "a value of another kind";
    }
}
