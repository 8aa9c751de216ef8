package org.tumorboard.navigator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseFactRowTests {

    private static final CaseFacts CASE = Cases.metastatic().label("not a fact").with("age", 70).with("pacemaker", true)
            .with("tumorSizeCm", 4.0).with("liverLesionCount", 3).with("tumorLocation", TumorLocation.TAIL).build();

    @Test
    void everyFactButTheLabelInContractOrderWithUnknownsAsSuch() {
        assertThat(CaseFactRow.rows(CASE)).extracting(CaseFactRow::field)
                .containsExactlyElementsOf(CaseReader.fieldNames().subList(1, CaseReader.fieldNames().size()));
        assertThat(CaseFactRow.rows(CASE)).filteredOn(r -> r.field().equals("surgicalClips"))
                .singleElement().satisfies(r -> assertThat(r.unknown()).isTrue());
    }

    @Test
    void valuesAreWrittenPlainlyAndChoicesAndAnswersByTheirMessages() {
        assertThat(CaseFactRow.rows(CASE)).filteredOn(r -> !r.unknown())
                .extracting(r -> r.field() + ":" + r.text() + ":" + r.messageKey())
                .containsExactly("stage:null:stage.METASTATIC", "age:70:null", "tumorLocation:null:tumorLocation.TAIL",
                        "tumorSizeCm:4:null", "pacemaker:null:answer.YES", "liverLesionCount:3:null");
    }

    @Test
    void onlyANumberHasAUnitMessageToLookFor() {
        assertThat(CaseFactRow.rows(CASE)).filteredOn(r -> r.unitKey() != null)
                .extracting(CaseFactRow::unitKey).containsExactly("unit.age", "unit.tumorSizeCm", "unit.liverLesionCount");
        assertThat(CaseFactRow.of(CASE, "pacemaker").unitKey()).isNull();
    }
}
