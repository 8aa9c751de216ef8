package org.tumorboard.navigator.intake;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one strict reading of a case, whatever door it comes in by: a JSON body, a scenario file's tree, or the text
 * parameters of the case form and its result addresses. Each is turned into a tree and mapped field by field
 * against {@link CaseFacts} ({@link CaseTree}); then ranges, the required stage and contradictions are checked.
 * Every problem found is reported at once ({@link InvalidCaseException}), each under its field, in the product's
 * own words.
 */
public final class CaseReader {

    /** Largest case document accepted, in bytes. A real case is well under 2 KiB. */
    public static final int MAX_BYTES = 16 * 1024;
    /** The field of a problem with the document as a whole. */
    public static final String BODY = "body";

    static final String UNKNOWN_FIELD = "unknown field; allowed fields are " + CaseField.listed();
    static final String UNKNOWN_PARAMETER = "unknown parameter; allowed parameters are " + CaseField.listed();

    private static final JsonMapper MAPPER = StrictJson.json();

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

    public CaseFacts read(InputStream in) throws InvalidCaseException, IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidCaseException.TooLarge();
        }
        return read(bytes);
    }

    /** A JSON case document: UTF-8, one object. */
    public CaseFacts read(byte[] json) throws InvalidCaseException {
        if (json.length > MAX_BYTES) {
            throw new InvalidCaseException.TooLarge();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidCaseException(BODY, "is not valid UTF-8 text");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidCaseException(List.of(JsonProblems.of(e, text)));
        }
        return read(tree);
    }

    /** A case already parsed to a tree (a JSON body, or the {@code case} of a scenario file). */
    public CaseFacts read(JsonNode tree) throws InvalidCaseException {
        if (tree == null || !tree.isObject()) {
            throw new InvalidCaseException(BODY, "the case must be a JSON object, e.g. {\"stage\": \"LOCALLY_ADVANCED\"}");
        }
        List<FieldProblem> problems = new ArrayList<>();
        return check(CaseTree.values(tree, UNKNOWN_FIELD, problems), problems);
    }

    /**
     * A case given as text parameters (the query of {@code /cases/evaluation}, its JSON twin and the form), each
     * name with every value given for it.
     */
    public CaseFacts read(Map<String, List<String>> parameters) throws InvalidCaseException {
        List<FieldProblem> problems = new ArrayList<>();
        JsonNode tree = QueryText.tree(parameters, problems);
        return check(CaseTree.values(tree, UNKNOWN_PARAMETER, problems), problems);
    }

    /** Checks the ranges, the required fields and the contradictions of a case built by other means. */
    public CaseFacts validate(CaseFacts facts) throws InvalidCaseException {
        return check(fieldValues(facts), new ArrayList<>());
    }

    private CaseFacts check(Object[] values, List<FieldProblem> problems) throws InvalidCaseException {
        CaseFacts facts = CaseField.build(values);
        List<String> rejected = problems.stream().map(FieldProblem::field).toList();
        validator.validate(facts).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .filter(p -> !rejected.contains(p.field()))
                .forEach(problems::add);
        if (problems.isEmpty()) {
            problems.addAll(Contradictions.in(facts));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems.stream().distinct().sorted(ORDER).toList());
        }
        return facts;
    }

    /** The document first, then the case's fields in contract order, then other names; by message within one. */
    private static final Comparator<FieldProblem> ORDER = Comparator
            .comparingInt((FieldProblem p) -> p.field().equals(BODY) ? -1
                    : CaseField.named(p.field()).map(CaseField::index).orElse(Integer.MAX_VALUE))
            .thenComparing(FieldProblem::field)
            .thenComparing(FieldProblem::message);

    private static Object[] fieldValues(CaseFacts facts) {
        return CaseField.all().stream().map(f -> f.valueOf(facts)).toArray();
    }

    /** The JSON names of the case's fields, in contract order. */
    public static List<String> fieldNames() {
        return CaseField.names();
    }
}
