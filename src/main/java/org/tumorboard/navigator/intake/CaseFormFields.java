package org.tumorboard.navigator.intake;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case form's fields, derived from {@link CaseFacts} itself: every record component becomes a field, its
 * control follows from its type and its allowed range from its Bean Validation constraints, so the form shows the
 * same ranges the case reader enforces. The sections only group them; a component no section names lands in
 * "other", so a new case field can never be missing from the form.
 */
public final class CaseFormFields {

    private static final Map<String, List<String>> SECTIONS = sectionNames();
    private static final List<FormSection> ALL = build();

    private CaseFormFields() {
    }

    private static Map<String, List<String>> sectionNames() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("about", List.of("label", "age"));
        sections.put("tumour", List.of("stage", "tumorLocation", "tumorSizeCm", "tumorDifferentiation",
                "gastricOutletObstruction", "priorResection"));
        sections.put("devices", List.of("pacemaker", "metalBiliaryStent", "surgicalClips"));
        sections.put("liver", List.of("liverMetastases", "liverDominantDisease", "liverLesionCount",
                "largestLiverLesionCm"));
        sections.put("treatment", List.of("chemotherapyResponse", "severeChemotherapyToxicity", "surgicalCandidate"));
        sections.put("laboratory", List.of("ca199", "neutrophilLymphocyteRatio"));
        return sections;
    }

    /** The form's sections, in order, each with its fields. */
    public static List<FormSection> sections() {
        return ALL;
    }

    /** Every field, in form order. */
    public static List<FormField> fields() {
        return ALL.stream().flatMap(s -> s.fields().stream()).toList();
    }

    private static List<FormSection> build() {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent c : CaseFacts.class.getRecordComponents()) {
            components.put(c.getName(), c);
        }
        List<FormSection> result = new ArrayList<>();
        SECTIONS.forEach((key, names) -> {
            List<FormField> fields = names.stream().filter(components::containsKey)
                    .map(name -> field(components.remove(name))).toList();
            result.add(new FormSection(key, fields));
        });
        if (!components.isEmpty()) {
            result.add(new FormSection("other", components.values().stream().map(CaseFormFields::field).toList()));
        }
        return List.copyOf(result);
    }

    static FormField field(RecordComponent component) {
        String name = component.getName();
        Class<?> type = component.getType();
        Field field;
        try {
            field = CaseFacts.class.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        boolean required = field.isAnnotationPresent(NotNull.class);
        String range = range(field);
        Size size = field.getAnnotation(Size.class);
        Integer maxLength = size == null ? null : size.max();
        if (type == Boolean.class) {
            List<FormField.Option> options = Arrays.stream(Answer.values())
                    .map(a -> new FormField.Option(a.name(), "answer." + a.name())).toList();
            return new FormField(name, FormField.Control.ANSWER, options, required, null, null, null);
        }
        if (type.isEnum()) {
            List<FormField.Option> options = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .map(value -> new FormField.Option(value, name + "." + value)).toList();
            return new FormField(name, FormField.Control.CHOICE, options, required, null, null, null);
        }
        if (type == Integer.class) {
            return new FormField(name, FormField.Control.NUMBER, List.of(), required, range, null, "numeric");
        }
        if (Number.class.isAssignableFrom(type)) {
            return new FormField(name, FormField.Control.NUMBER, List.of(), required, range, null, "decimal");
        }
        return new FormField(name, FormField.Control.TEXT, List.of(), required, range, maxLength, "text");
    }

    private static String range(Field field) {
        String min = null;
        String max = null;
        if (field.getAnnotation(Min.class) != null) {
            min = String.valueOf(field.getAnnotation(Min.class).value());
        }
        if (field.getAnnotation(DecimalMin.class) != null) {
            min = field.getAnnotation(DecimalMin.class).value();
        }
        if (field.getAnnotation(Max.class) != null) {
            max = String.valueOf(field.getAnnotation(Max.class).value());
        }
        if (field.getAnnotation(DecimalMax.class) != null) {
            max = field.getAnnotation(DecimalMax.class).value();
        }
        if (min == null && max == null) {
            return null;
        }
        if (max == null) {
            return "≥ " + min;
        }
        if (min == null) {
            return "≤ " + max;
        }
        return min + "–" + max;
    }
}
