package org.tumorboard.navigator.literature;

import org.tumorboard.navigator.catalogue.Claim;
import org.tumorboard.navigator.catalogue.Literature;
import org.tumorboard.navigator.catalogue.LiteratureTable;
import org.tumorboard.navigator.catalogue.Reference;
import org.tumorboard.navigator.catalogue.Source;
import org.tumorboard.navigator.catalogue.Trial;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tumorboard.navigator.engine.Citation;
import org.tumorboard.navigator.engine.Kind;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.intake.Stage;

/** A small hand-made catalogue for the literature page's tests: two tables, studies with and without a median. */
final class CatalogueFixture {

    static final Source REVIEW = new Source("Minimally invasive image-guided therapy of pancreatic cancer",
            "Bibok A, Kim DW, Malafa M, Kis B", "World J Gastroenterol", 2021, "27(27):4322",
            "10.3748/wjg.v27.i27.4322", "Review article", true);
    static final Source NEWS = new Source("New Treatment Offers Hope", null, null, null, null, null,
            "Patient-facing news article; not peer reviewed", false);

    static final Reference MARTIN = study(48, "Martin", 2015, Modality.IRE, 200, 24.9, 3,
            Map.of("Patients", "200", "Median OS (mo)", "24.9"));
    static final Reference KLUGER = study(52, "Kluger", 2015, Modality.IRE, 50, 7.7, 3,
            Map.of("Patients", "50", "Median OS (mo)", "7.7"));
    static final Reference YANG = study(105, "Yang", 2020, Modality.IRE, 74, null, 3,
            Map.of("Patients", "74", "Median OS (mo)", "53% (3 yr)"));
    static final Reference GIARDINO = study(16, "Giardino", 2013, Modality.RFA, 107, 14.7, 1,
            Map.of("Patients", "107"));
    static final Reference SPILIOTIS = study(15, "Spiliotis", 2007, Modality.RFA, 25, null, 1, Map.of("Patients", "25"));
    /** Cited only in the text: no study, so neither charted nor listed as lacking a median. */
    static final Reference TEXT_ONLY = new Reference(40, null, null, List.of(Modality.IRE), null, null, null,
            "Cited for pacemakers.", null, null, null, null);
    static final Reference MIXED = new Reference(70, "<Evil> & Co", null, List.of(Modality.TACE, Modality.IRE),
            "Retrospective", null, null, "A study with no patient count.", 9.0, null, null, null);

    static final Literature LITERATURE = new Literature(REVIEW, NEWS,
            List.of(new Claim("IRE shrinks tumours.", "Dr. A", "Median OS 7.7 to 24.9 mo.", List.of(48, 52)),
                    new Claim("RFA cures.", "the article", "RFA 14.7 mo.", List.of(16))),
            List.of(new LiteratureTable(1, "Studies of RFA", Modality.RFA, List.of("Patients"), "Mean values."),
                    new LiteratureTable(3, "Studies of open IRE", Modality.IRE, List.of("Patients", "Median OS (mo)"),
                            null)),
            List.of(MARTIN, KLUGER, YANG, GIARDINO, SPILIOTIS, TEXT_ONLY, MIXED),
            List.of(new Trial("NCT03614910", "IRE for LAPC", "Teaneck", 30, YearMonth.of(2023, 5),
                    List.of(Stage.LOCALLY_ADVANCED))));

    static final List<RuleInfo> RULES = List.of(
            new RuleInfo("IRE-OPEN-OUTCOMES", "Open IRE outcomes", Modality.IRE, Kind.EVIDENCE, "x", "y",
                    List.of(new Citation(48, "Review, ref. 48"), new Citation(52, "Review, ref. 52"),
                            new Citation(null, "Review authors' own statement")), List.of(), "ire.drl", 1, null),
            new RuleInfo("RFA-OUTCOMES", "RFA outcomes", Modality.RFA, Kind.EVIDENCE, "x", "y",
                    List.of(new Citation(16, "Review, ref. 16"), new Citation(48, "Review, ref. 48")), List.of(),
                    "rfa.drl", 1, null));

    private CatalogueFixture() {
    }

    private static Reference study(int ref, String author, int year, Modality modality, Integer patients, Double median,
                                   Integer table, Map<String, String> row) {
        return new Reference(ref, author, year, List.of(modality), "Retrospective", patients, null, "What the review says.",
                median, null, table, new LinkedHashMap<>(row));
    }
}
