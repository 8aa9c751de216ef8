package org.tumorboard.navigator.intake;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One field of the case, derived from a {@link CaseFacts} record component: its JSON name, its type and its
 * constraints. Every reader, form and page works from this list, so a new record component is a new field
 * everywhere.
 *
 * @param name  the JSON (and query, and form) name
 * @param index its position in the contract order (the record's component order)
 */
public record CaseField(String name, int index, RecordComponent component) {

    private static final List<CaseField> ALL = IntStream.range(0, CaseFacts.class.getRecordComponents().length)
            .mapToObj(i -> new CaseField(CaseFacts.class.getRecordComponents()[i].getName(), i,
                    CaseFacts.class.getRecordComponents()[i]))
            .toList();

    private static final Map<String, CaseField> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(CaseField::name, f -> f));
    private static final Constructor<CaseFacts> CONSTRUCTOR = constructor();
    /** Each choice field's constants by their exact names (every case read looks them up). */
    private static final Map<Class<?>, Map<String, Object>> CONSTANTS = ALL.stream().filter(CaseField::choice)
            .map(CaseField::type).distinct()
            .collect(Collectors.toUnmodifiableMap(t -> t, t -> Arrays.stream(t.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(c -> ((Enum<?>) c).name(), c -> c))));

    private static Constructor<CaseFacts> constructor() {
        try {
            return CaseFacts.class.getDeclaredConstructor(ALL.stream().map(CaseField::type).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every field, in contract order. */
    public static List<CaseField> all() {
        return ALL;
    }

    public static Optional<CaseField> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The field names, in contract order. */
    public static List<String> names() {
        return ALL.stream().map(CaseField::name).toList();
    }

    public Class<?> type() {
        return component.getType();
    }

    /** A yes/no question: true, false or unknown. */
    public boolean answer() {
        return type() == Boolean.class;
    }

    public boolean choice() {
        return type().isEnum();
    }

    public boolean wholeNumber() {
        return type() == Integer.class;
    }

    public boolean decimal() {
        return type() == Double.class;
    }

    public boolean text() {
        return type() == String.class;
    }

    public boolean required() {
        return annotation(NotNull.class) != null;
    }

    /** The choice's constant of exactly this name, or null if there is none (or the field is not a choice). */
    public Object constant(String name) {
        return CONSTANTS.getOrDefault(type(), Map.of()).get(name);
    }

    /** The names of a choice's constants, in order. */
    public List<String> choices() {
        return Arrays.stream(type().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    /** What the field accepts, in words ("one of HEAD, UNCINATE, …", "a whole number from 18 to 100"). */
    public String expected() {
        if (choice()) {
            return "must be one of " + String.join(", ", choices());
        }
        if (answer()) {
            return "must be true, false or null (unknown)";
        }
        if (text()) {
            return "must be text";
        }
        return bounds().orElse(wholeNumber() ? "must be a whole number" : "must be a number");
    }

    /** The smallest value a number field accepts (its range constraint), if it has one. */
    public Optional<BigDecimal> min() {
        return Optional.ofNullable(annotation(Min.class)).map(a -> BigDecimal.valueOf(a.value()))
                .or(() -> Optional.ofNullable(annotation(DecimalMin.class)).map(a -> new BigDecimal(a.value())));
    }

    /** The largest value a number field accepts (its range constraint), if it has one. */
    public Optional<BigDecimal> max() {
        return Optional.ofNullable(annotation(Max.class)).map(a -> BigDecimal.valueOf(a.value()))
                .or(() -> Optional.ofNullable(annotation(DecimalMax.class)).map(a -> new BigDecimal(a.value())));
    }

    /** The message of the field's range constraint, if it has one. */
    public Optional<String> bounds() {
        return Optional.ofNullable(annotation(Min.class)).map(Min::message)
                .or(() -> Optional.ofNullable(annotation(DecimalMin.class)).map(DecimalMin::message))
                .or(() -> Optional.ofNullable(annotation(Max.class)).map(Max::message))
                .or(() -> Optional.ofNullable(annotation(DecimalMax.class)).map(DecimalMax::message));
    }

    /** The constraint annotation of the field, or null. */
    public <A extends Annotation> A annotation(Class<A> type) {
        try {
            Field field = CaseFacts.class.getDeclaredField(name);
            return field.getAnnotation(type);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This field's value in a case. */
    public Object valueOf(CaseFacts facts) {
        try {
            return component.getAccessor().invoke(facts);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** The value of the field of this name in a case. */
    public static Object valueOf(CaseFacts facts, String name) {
        CaseField field = BY_NAME.get(name);
        if (field == null) {
            throw new IllegalArgumentException("no case field " + name);
        }
        return field.valueOf(facts);
    }

    /** The case with this field's value replaced (not validated: read values from outside with the case reader). */
    public CaseFacts with(CaseFacts facts, Object value) {
        Object[] values = new Object[ALL.size()];
        for (CaseField field : ALL) {
            values[field.index()] = field == this ? value : field.valueOf(facts);
        }
        return build(values);
    }

    /** A case from its field values, in contract order (unset fields null). */
    static CaseFacts build(Object[] values) {
        try {
            return CONSTRUCTOR.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a case", e);
        }
    }

    /** The field names as a list for messages. */
    static String listed() {
        return ALL.stream().map(CaseField::name).collect(Collectors.joining(", "));
    }
}
