package org.tumorboard.navigator.intake;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A readable way for tests to build a case: {@code Cases.lapc().with("pacemaker", true).build()}. Fields are named
 * as in the JSON contract and checked against the case model, so a test never depends on the position of a field
 * and a new field breaks no test.
 */
public final class Cases {

    private final Map<String, Object> values = new LinkedHashMap<>();

    private Cases() {
    }

    /** A case of this stage, every other fact unknown. */
    public static Cases stage(Stage stage) {
        return new Cases().with("stage", stage);
    }

    public static Cases lapc() {
        return stage(Stage.LOCALLY_ADVANCED);
    }

    public static Cases metastatic() {
        return stage(Stage.METASTATIC);
    }

    /** A copy of a case, to change. */
    public static Cases from(CaseFacts facts) {
        Cases cases = new Cases();
        CaseField.all().forEach(f -> cases.values.put(f.name(), f.valueOf(facts)));
        return cases;
    }

    /** Sets a field by its JSON name; a number is converted to the field's number type; null is unknown. */
    public Cases with(String field, Object value) {
        CaseField f = CaseField.named(field).orElseThrow(() -> new IllegalArgumentException("no case field " + field));
        Object converted = value;
        if (value instanceof Number n && f.decimal()) {
            converted = n.doubleValue();
        }
        if (converted != null && !f.type().isInstance(converted)) {
            throw new IllegalArgumentException(field + " is a " + f.type().getSimpleName() + ", not " + value);
        }
        values.put(field, converted);
        return this;
    }

    public Cases label(String label) {
        return with("label", label);
    }

    public CaseFacts build() {
        return CaseField.build(CaseField.all().stream().map(f -> values.get(f.name())).toArray());
    }
}
