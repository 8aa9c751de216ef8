package org.tumorboard.navigator.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseField;

/**
 * Every case field but the label and the age can be given as an Observation under the product's own code, its value
 * typed after the field: a new field of the case is mappable from FHIR without a list to keep, and a decimal field
 * without its units fails here.
 */
class FhirProductFactsTests {

    static Stream<CaseField> fields() {
        return CaseField.all().stream().filter(f -> !FhirCodes.NOT_OWN_CODES.contains(f.name())
                && !f.name().equals("stage"));
    }

    @ParameterizedTest
    @MethodSource("fields")
    void aFieldGivenUnderItsOwnCodeIsRead(CaseField field) throws Exception {
        Object expected;
        String element;
        if (field.answer()) {
            expected = true;
            element = "\"valueBoolean\":true";
        } else if (field.wholeNumber()) {
            expected = field.min().orElseThrow().intValueExact() + 1;
            element = "\"valueInteger\":" + expected;
        } else if (field.decimal()) {
            List<String> units = FhirCodes.UNITS.get(field.name());
            assertThat(units).as("the UCUM units of " + field.name()).isNotEmpty();
            expected = 1.5;
            element = "\"valueQuantity\":{\"value\":1.5,\"system\":\"" + FhirCodes.UCUM + "\",\"code\":\""
                    + units.get(0) + "\"}";
        } else {
            assertThat(field.choice()).as(field.name() + " is a yes/no, number or choice").isTrue();
            expected = field.constant(field.choices().get(field.choices().size() - 1));
            element = FhirFixtures.coded(FhirCodes.CASE_VALUES, field.choices().get(field.choices().size() - 1));
        }
        // liver facts are facts of metastatic disease (the reader refuses them with any other stage)
        String stage = field.name().toLowerCase(java.util.Locale.ROOT).contains("liver") ? "METASTATIC" : "LOCALLY_ADVANCED";
        CaseFacts facts = FhirFixtures.reader().readBundle(FhirFixtures.bundle(FhirFixtures.stage("s", stage),
                FhirFixtures.fact("f", field.name(), element)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(field.valueOf(facts)).as(field.name()).isEqualTo(expected);
    }
}
