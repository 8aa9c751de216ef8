package org.tumorboard.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.Kind;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.intake.CaseFormFields;
import org.tumorboard.navigator.intake.FormField;
import org.tumorboard.navigator.intake.FormSection;
import org.tumorboard.navigator.rulecheck.AdviceWording;

/** The labels of the pages: complete for every field, choice and vocabulary, and worded like the rest. */
class MessagesTests {

    /** The bundles the application reads ({@code spring.messages.basename}), in order. */
    static List<String> bundles() throws IOException {
        Properties application = load("/application.properties");
        return List.of(application.getProperty("spring.messages.basename").split(","));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Every message of every bundle. */
    static Properties messages() throws IOException {
        Properties all = new Properties();
        for (String bundle : bundles()) {
            all.putAll(load("/" + bundle.strip() + ".properties"));
        }
        return all;
    }

    @Test
    void everyKeyHasOneHomeAmongTheBundles() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String bundle : bundles()) {
            load("/" + bundle.strip() + ".properties").stringPropertyNames().forEach(keys::add);
        }
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(bundles().get(0)).isEqualTo("messages");
    }

    /** Every message key the pages compose from the form, the facts and the vocabularies. */
    static Stream<String> composedKeys() {
        List<String> keys = new ArrayList<>();
        for (FormSection section : CaseFormFields.sections()) {
            keys.add(section.legendKey());
            for (FormField field : section.fields()) {
                keys.add(field.labelKey());
                if (field.unitKey() != null) {
                    keys.add(field.unitKey());
                }
                field.options().forEach(o -> keys.add(o.messageKey()));
            }
        }
        for (Modality m : Modality.values()) {
            keys.add("modality." + m.name());
        }
        for (Kind k : Kind.values()) {
            keys.add("kind." + k.name());
        }
        return keys.stream().distinct();
    }

    @ParameterizedTest
    @MethodSource("composedKeys")
    void everyComposedKeyHasAMessage(String key) throws IOException {
        assertThat(messages().getProperty(key)).as(key).isNotBlank();
    }

    @Test
    void theDisclaimerIsWordForWordTheEvaluations() throws IOException {
        assertThat(messages().getProperty("app.disclaimer")).isEqualTo(Evaluation.DISCLAIMER);
        assertThat(messages().getProperty("app.disclaimer.lead") + " " + messages().getProperty("app.disclaimer.rest"))
                .isEqualTo(Evaluation.DISCLAIMER);
    }

    @Test
    void messagesWithoutArgumentsDoNotDoubleTheirApostrophes() throws IOException {
        messages().forEach((key, value) -> {
            if (!value.toString().contains("{")) {
                assertThat(value.toString()).as(key.toString()).doesNotContain("''");
            }
        });
    }

    @Test
    void noLabelGivesAdvice() throws IOException {
        messages().forEach((key, value) -> {
            if (!key.toString().startsWith("app.disclaimer")) {
                assertThat(AdviceWording.find(value.toString())).as(key + " = " + value).isEmpty();
            }
        });
    }
}
