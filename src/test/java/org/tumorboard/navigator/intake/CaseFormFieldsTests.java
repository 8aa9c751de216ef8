package org.tumorboard.navigator.intake;

import org.tumorboard.navigator.results.CaseForm;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.BeanWrapperImpl;

class CaseFormFieldsTests {

    static Stream<String> caseFields() {
        return CaseReader.fieldNames().stream();
    }

    @Test
    void everyCaseFieldIsOnTheFormExactlyOnceInContractCoverage() {
        assertThat(CaseFormFields.fields()).extracting(FormField::name)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(CaseReader.fieldNames());
        assertThat(CaseFormFields.sections()).extracting(FormSection::key)
                .containsExactly("about", "tumour", "devices", "liver", "treatment", "laboratory");
    }

    @ParameterizedTest
    @MethodSource("caseFields")
    void everyCaseFieldIsAFormPropertyAndSurvivesTheRoundTrip(String name) {
        assertThat(new BeanWrapperImpl(new CaseForm()).isWritableProperty(name)).as(name).isTrue();
    }

    @Test
    void aCaseSurvivesFormAndQueryRoundTrips() {
        CaseFacts full = new CaseFacts("label", Stage.METASTATIC, 70, TumorLocation.BODY, 2.5, true, false, null,
                true, false, 3, 1.5, ChemotherapyResponse.PROGRESSION, true, 1200.0, false, true, null,
                Differentiation.WELL, 3.1);
        assertThat(CaseForm.of(full).toCaseFacts()).isEqualTo(full);
        assertThat(CaseQuery.of(full)).isEqualTo("label=label&stage=METASTATIC&age=70&tumorLocation=BODY"
                + "&tumorSizeCm=2.5&pacemaker=YES&metalBiliaryStent=NO&liverMetastases=YES&liverDominantDisease=NO"
                + "&liverLesionCount=3&largestLiverLesionCm=1.5&chemotherapyResponse=PROGRESSION"
                + "&severeChemotherapyToxicity=YES&ca199=1200&surgicalCandidate=NO&gastricOutletObstruction=YES"
                + "&tumorDifferentiation=WELL&neutrophilLymphocyteRatio=3.1");
    }

    @Test
    void blankAndUnknownBecomeNullNeverFalse() {
        CaseForm form = new CaseForm();
        form.setLabel("   ");
        form.setPacemaker(null);
        CaseFacts facts = form.toCaseFacts();
        assertThat(facts.label()).isNull();
        assertThat(facts.pacemaker()).isNull();
        assertThat(form.getPacemaker()).isEqualTo(Answer.UNKNOWN);
        assertThat(Arrays.stream(CaseFacts.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(n -> !n.equals("stage")))
                .allSatisfy(n -> assertThat(new BeanWrapperImpl(facts).getPropertyValue(n)).as(n).isNull());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "label, TEXT, null, 120, text",
        "age, NUMBER, 18–100, null, numeric",
        "tumorSizeCm, NUMBER, 0.1–25, null, decimal",
        "liverLesionCount, NUMBER, 0–100, null, numeric",
        "ca199, NUMBER, 0–1000000, null, decimal",
        "pacemaker, ANSWER, null, null, null",
        "stage, CHOICE, null, null, null",
        "tumorDifferentiation, CHOICE, null, null, null"})
    void controlsAndRangesFollowTheCaseModel(String name, FormField.Control control, String range, Integer maxLength,
                                             String inputMode) {
        FormField field = CaseFormFields.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        assertThat(field.control()).isEqualTo(control);
        assertThat(field.range()).isEqualTo(range);
        assertThat(field.maxLength()).isEqualTo(maxLength);
        assertThat(field.inputMode()).isEqualTo(inputMode);
        assertThat(field.required()).isEqualTo(name.equals("stage"));
    }

    @Test
    void choicesListEveryConstantAndAnswersOfferUnknownFirst() {
        FormField stage = CaseFormFields.fields().stream().filter(f -> f.name().equals("stage")).findFirst().orElseThrow();
        assertThat(stage.options()).extracting(FormField.Option::value)
                .containsExactly("RESECTABLE", "BORDERLINE_RESECTABLE", "LOCALLY_ADVANCED", "METASTATIC");
        assertThat(stage.options().get(0).messageKey()).isEqualTo("stage.RESECTABLE");
        FormField clips = CaseFormFields.fields().stream().filter(f -> f.name().equals("surgicalClips")).findFirst()
                .orElseThrow();
        assertThat(clips.options()).extracting(FormField.Option::value).isEqualTo(List.of("UNKNOWN", "YES", "NO"));
    }
}
