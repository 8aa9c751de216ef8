package org.tumorboard.navigator.intake;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.math.BigDecimal;
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
                "largestLiverLesionCm", "liverMetastasesTiming"));
        sections.put("treatment", List.of("chemotherapyResponse", "severeChemotherapyToxicity", "surgicalCandidate",
                "unresectableAtLaparotomy"));
        sections.put("laboratory", List.of("ca199", "neutrophilLymphocyteRatio"));
        sections.put("followUp", List.of("ca199FallAt3MonthsAfterIre", "ca199TrendAfterTare"));
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
        Map<String, CaseField> components = new LinkedHashMap<>();
        for (CaseField c : CaseField.all()) {
            components.put(c.name(), c);
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

    static FormField field(CaseField field) {
        String name = field.name();
        boolean required = field.required();
        if (field.answer()) {
            List<FormField.Option> options = Arrays.stream(Answer.values())
                    .map(a -> new FormField.Option(a.name(), "answer." + a.name())).toList();
            return new FormField(name, FormField.Control.ANSWER, options, required, null, null, null);
        }
        if (field.choice()) {
            List<FormField.Option> options = field.choices().stream()
                    .map(value -> new FormField.Option(value, name + "." + value)).toList();
            return new FormField(name, FormField.Control.CHOICE, options, required, null, null, null);
        }
        String range = range(field);
        if (field.wholeNumber()) {
            return new FormField(name, FormField.Control.NUMBER, List.of(), required, range, null, "numeric");
        }
        if (field.decimal()) {
            return new FormField(name, FormField.Control.NUMBER, List.of(), required, range, null, "decimal");
        }
        Size size = field.annotation(Size.class);
        Integer maxLength = size == null ? null : size.max();
        return new FormField(name, FormField.Control.TEXT, List.of(), required, range, maxLength, "text");
    }

    private static String range(CaseField field) {
        String min = field.min().map(BigDecimal::toPlainString).orElse(null);
        String max = field.max().map(BigDecimal::toPlainString).orElse(null);
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
