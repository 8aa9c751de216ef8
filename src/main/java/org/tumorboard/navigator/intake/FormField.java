package org.tumorboard.navigator.intake;

import java.util.List;

/**
 * One field of the case form, as the template draws it.
 *
 * @param name      the property (and the JSON name of the case field)
 * @param control   how it is entered
 * @param options   the choices of a {@link Control#CHOICE} or {@link Control#ANSWER}, in order
 * @param required  only the stage is
 * @param range     the allowed range as text ("18–100"), from the case model's own constraints, or null
 * @param maxLength the longest text accepted, or null
 * @param inputMode the HTML input mode of a text or number field ("text", "numeric", "decimal"), or null
 */
public record FormField(
        String name,
        Control control,
        List<Option> options,
        boolean required,
        String range,
        Integer maxLength,
        String inputMode) {

    public FormField {
        options = List.copyOf(options);
    }

    /** How a field is entered. */
    public enum Control {
        /** Free text (the case label). */
        TEXT,
        /** A number typed as text, so that what was typed is kept even when it is not a number. */
        NUMBER,
        /** A list of choices with "unknown" first (or "choose" where the field is required). */
        CHOICE,
        /** Unknown / yes / no radio buttons, unknown by default. */
        ANSWER
    }

    /** One choice: the submitted value and the message key of its label. */
    public record Option(String value, String messageKey) {
    }

    public String labelKey() {
        return "field." + name;
    }

    /** Every text or number field has a unit or hint message. */
    public String unitKey() {
        return control == Control.TEXT || control == Control.NUMBER ? "field." + name + ".unit" : null;
    }

    public String hintId() {
        return name + "-hint";
    }

    public String errorId() {
        return name + "-error";
    }
}
