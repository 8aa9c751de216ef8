package org.tumorboard.navigator.intake;

import java.util.List;

/** A group of case-form fields under one heading (a {@code fieldset}). */
public record FormSection(String key, List<FormField> fields) {

    public FormSection {
        fields = List.copyOf(fields);
    }

    public String legendKey() {
        return "section." + key;
    }
}
