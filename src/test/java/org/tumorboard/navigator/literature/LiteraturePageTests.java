package org.tumorboard.navigator.literature;

import org.tumorboard.navigator.catalogue.Literature;
import org.tumorboard.navigator.catalogue.LiteratureTable;
import org.tumorboard.navigator.catalogue.Reference;
import org.tumorboard.navigator.catalogue.Trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tumorboard.navigator.literature.CatalogueFixture.LITERATURE;
import static org.tumorboard.navigator.literature.CatalogueFixture.RULES;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tumorboard.navigator.engine.CitationLink;
import org.tumorboard.navigator.catalogue.Modality;

class LiteraturePageTests {

    private static LiteraturePage page(Modality modality) {
        return LiteraturePage.of(LITERATURE, RULES, modality, m -> "label of " + m);
    }

    @Test
    void tablesAreRebuiltFromTheReferencesThatNameThemCellsKeyedByColumn() {
        LiteraturePage page = page(null);
        assertThat(page.tables()).extracting(LiteraturePage.TableView::number).containsExactly(1, 3);
        LiteraturePage.TableView open = page.tables().get(1);
        assertThat(open.rows()).extracting(LiteraturePage.TableRow::ref).containsExactly(48, 52, 105);
        assertThat(open.rows().get(2).cells()).containsExactly("74", "53% (3 yr)");
        assertThat(open.rows().get(0).href()).isEqualTo("/literature#ref-48");
        assertThat(page.tables().get(0).rows()).extracting(LiteraturePage.TableRow::ref).containsExactly(15, 16);
        assertThat(page.tables().get(0).rows().get(0).cells()).containsExactly("25");
        assertThat(open.anchor()).isEqualTo("table-3");
    }

    @Test
    void missingCellsStayEmptyRatherThanShiftingColumns() {
        var table = new LiteratureTable(9, "t", Modality.IRE, List.of("A", "B"), null);
        var reference = new Reference(1, "X", 2000, List.of(Modality.IRE), null, 1, null, "s", null, null, 9,
                java.util.Map.of("B", "b only"));
        var literature = new Literature(CatalogueFixture.REVIEW, null, List.of(), List.of(table), List.of(reference),
                List.of());
        var rows = LiteraturePage.of(literature, List.of(), null, Modality::name).tables().get(0).rows();
        assertThat(rows.get(0).cells()).containsExactly(null, "b only");
    }

    @Test
    void theChartGroupsStudiesByTheReviewsTablesThenStudiesInNoTableByTheirFirstTreatment() {
        LiteraturePage page = page(null);
        assertThat(page.chartGroups()).extracting(SurvivalChart.Group::key)
                .containsExactly("TABLE-1", "TABLE-3", "TACE");
        assertThat(page.chartGroups().get(0).label()).isEqualTo("Table 1: Studies of RFA");
        assertThat(page.chartGroups().get(1).studies()).extracting(Reference::ref).containsExactly(48, 52);
        assertThat(page.chartGroups().get(2).label()).isEqualTo("label of TACE");
        assertThat(SurvivalChart.plotted(page.chartGroups())).extracting(Reference::ref)
                .containsExactlyInAnyOrder(16, 48, 52, 70);
    }

    @Test
    void studiesWithoutAMedianAreListedAsSuchButTextOnlyCitationsAreNot() {
        assertThat(page(null).withoutMedian()).extracting(LiteraturePage.ReferenceView::ref)
                .containsExactly(15, 105);
    }

    @Test
    void everyReferenceHasItsAnchorAndTheRulesThatCiteIt() {
        LiteraturePage page = page(null);
        assertThat(page.references()).extracting(LiteraturePage.ReferenceView::anchor)
                .containsExactly("ref-15", "ref-16", "ref-40", "ref-48", "ref-52", "ref-70", "ref-105");
        var martin = page.references().stream().filter(r -> r.ref() == 48).findFirst().orElseThrow();
        assertThat(martin.citedBy()).containsExactly("IRE-OPEN-OUTCOMES", "RFA-OUTCOMES");
        assertThat(martin.median()).isEqualTo("24.9");
        assertThat(martin.tableHref()).isEqualTo("/literature#table-3");
    }

    @Test
    void filteringByATreatmentKeepsItsTablesStudiesAndClaims() {
        LiteraturePage page = page(Modality.RFA);
        assertThat(page.modality()).isEqualTo(Modality.RFA);
        assertThat(page.tables()).extracting(LiteraturePage.TableView::number).containsExactly(1);
        assertThat(page.references()).extracting(LiteraturePage.ReferenceView::ref).containsExactly(15, 16);
        assertThat(page.chartGroups()).extracting(SurvivalChart.Group::key).containsExactly("TABLE-1");
        assertThat(page.claims()).extracting(LiteraturePage.ClaimView::claim).containsExactly("RFA cures.");
        assertThat(page.showTrials()).isFalse();
        assertThat(page.trials()).isEmpty();
    }

    @Test
    void filteringNeverMovesAStudyIntoAnotherGroup() {
        LiteraturePage page = page(Modality.TACE);
        assertThat(page.chartGroups()).singleElement().satisfies(g -> {
            assertThat(g.key()).isEqualTo("TACE");
            assertThat(g.studies()).extracting(Reference::ref).containsExactly(70);
        });
        assertThat(page(Modality.IRE).chartGroups()).extracting(SurvivalChart.Group::key)
                .containsExactly("TABLE-3", "TACE");
    }

    @Test
    void theRealChartKeepsLiverStudiesApartFromPancreaticOnesAndCryoablationOutOfIre() {
        Literature real = org.tumorboard.navigator.catalogue.LiteratureLoader.load(
                java.nio.file.Path.of("rules"), new java.util.ArrayList<>());
        java.util.Map<Integer, String> groupOf = new java.util.HashMap<>();
        LiteraturePage.chartGroups(real, real.references(), Modality::name)
                .forEach(g -> g.studies().forEach(r -> groupOf.put(r.ref(), g.key())));
        assertThat(groupOf.get(36)).as("Xu et al. [36], cryoablation plus iodine-125").isEqualTo("CRYOABLATION");
        assertThat(groupOf.get(80)).as("Bailey et al. [80], any liver-directed treatment").isEqualTo("TABLE-6");
        assertThat(List.of(77, 78, 79)).allSatisfy(ref -> assertThat(groupOf.get(ref)).isEqualTo("TABLE-6"));
        assertThat(groupOf).as("Giardino et al. [16]: 14.7 mo is one arm, never drawn with all 107 patients")
                .doesNotContainKey(16);
        assertThat(groupOf.values()).doesNotContain("MWA");
    }

    @Test
    void theTrialsTableBelongsToAllTreatmentsAndToIre() {
        assertThat(page(null).trials()).extracting(Trial::nct).containsExactly("NCT03614910");
        assertThat(page(Modality.IRE).trials()).hasSize(1);
    }

    @Test
    void claimsLinkEachReferenceBehindThem() {
        assertThat(page(null).claims().get(0).refs()).containsExactly(
                new CitationLink(48, "Martin et al., 2015 [48]", "/literature#ref-48"),
                new CitationLink(52, "Kluger et al., 2015 [52]", "/literature#ref-52"));
    }

    /** The fixture has studies or tables about IRE, RFA and TACE (MIXED is about TACE and IRE), none about others. */
    @ParameterizedTest
    @EnumSource(Modality.class)
    void eachTreatmentIsOfferedAsAFilterExactlyWhenTheCatalogueCoversIt(Modality modality) {
        boolean covered = Set.of(Modality.IRE, Modality.RFA, Modality.TACE).contains(modality);
        assertThat(page(null).modalities().contains(modality)).as(modality.name()).isEqualTo(covered);
        assertThat(page(modality).modalities()).as("the filters do not depend on the filter chosen")
                .containsExactly(Modality.IRE, Modality.RFA, Modality.TACE);
    }
}
