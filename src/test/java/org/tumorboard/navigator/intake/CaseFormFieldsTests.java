package org.tumorboard.navigator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseFormFieldsTests {

    @Test
    void everyCaseFieldIsOnTheFormExactlyOnceInContractCoverage() {
        assertThat(CaseFormFields.fields()).extracting(FormField::name)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(CaseReader.fieldNames());
        assertThat(CaseFormFields.sections()).extracting(FormSection::key)
                .startsWith("about", "tumour", "devices", "liver", "treatment", "laboratory");
        assertThat(CaseFormFields.sections()).allSatisfy(s -> assertThat(s.fields()).as(s.key()).isNotEmpty());
    }

    @Test
    void aCaseSurvivesTheQueryRoundTrip() throws Exception {
        CaseFacts full = Cases.metastatic().label("label & 100% \u00e9").with("age", 70)
                .with("tumorLocation", TumorLocation.BODY).with("tumorSizeCm", 2.5).with("pacemaker", true)
                .with("metalBiliaryStent", false).with("liverMetastases", true).with("liverDominantDisease", false)
                .with("liverLesionCount", 3).with("largestLiverLesionCm", 1.5)
                .with("chemotherapyResponse", ChemotherapyResponse.PROGRESSION).with("severeChemotherapyToxicity", true)
                .with("ca199", 1200).with("surgicalCandidate", false).with("gastricOutletObstruction", true)
                .with("tumorDifferentiation", Differentiation.WELL).with("neutrophilLymphocyteRatio", 3.1).build();
        String query = CaseQuery.of(full);
        assertThat(query).isEqualTo("label=label%20%26%20100%25%20%C3%A9&stage=METASTATIC&age=70&tumorLocation=BODY"
                + "&tumorSizeCm=2.5&pacemaker=YES&metalBiliaryStent=NO&liverMetastases=YES&liverDominantDisease=NO"
                + "&liverLesionCount=3&largestLiverLesionCm=1.5&chemotherapyResponse=PROGRESSION"
                + "&severeChemotherapyToxicity=YES&ca199=1200&surgicalCandidate=NO&gastricOutletObstruction=YES"
                + "&tumorDifferentiation=WELL&neutrophilLymphocyteRatio=3.1");
        assertThat(CaseReader.withDefaultValidator().read(decode(query))).isEqualTo(full);
    }

    static java.util.Map<String, List<String>> decode(String query) {
        java.util.Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], List.of(java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8)));
        }
        return parameters;
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
