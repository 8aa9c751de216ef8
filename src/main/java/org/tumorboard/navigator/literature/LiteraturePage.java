package org.tumorboard.navigator.literature;

import org.tumorboard.navigator.intake.Numbers;
import org.tumorboard.navigator.catalogue.Literature;
import org.tumorboard.navigator.catalogue.LiteratureTable;
import org.tumorboard.navigator.catalogue.Reference;
import org.tumorboard.navigator.catalogue.Source;
import org.tumorboard.navigator.catalogue.Trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.tumorboard.navigator.engine.CitationLink;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.engine.RuleInfo;

/**
 * Everything the literature page shows, built from the catalogue (optionally for one treatment): the sources, the
 * review's tables rebuilt from the references that name them, the survival chart's groups and the studies without
 * a median, every reference with its anchor, the trials and the news claims.
 *
 * @param modality   the treatment shown, or null for all
 * @param modalities the treatments one may filter by (those the catalogue has studies or tables for)
 * @param showTrials whether the trials table applies (all treatments, or IRE: Table 5 lists IRE trials)
 */
public record LiteraturePage(
        Modality modality,
        List<Modality> modalities,
        Source review,
        Source news,
        List<TableView> tables,
        List<SurvivalChart.Group> chartGroups,
        List<ReferenceView> withoutMedian,
        List<ReferenceView> references,
        boolean showTrials,
        List<Trial> trials,
        List<ClaimView> claims) {

    public LiteraturePage {
        modalities = List.copyOf(modalities);
        tables = List.copyOf(tables);
        chartGroups = List.copyOf(chartGroups);
        withoutMedian = List.copyOf(withoutMedian);
        references = List.copyOf(references);
        trials = List.copyOf(trials);
        claims = List.copyOf(claims);
    }

    /** One of the review's tables: its rows are the references that name it, cells keyed by its columns. */
    public record TableView(int number, String title, Modality modality, List<String> columns, String footnote,
                            List<TableRow> rows) {

        public TableView {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public String anchor() {
            return "table-" + number;
        }
    }

    /** A row of a table: the study, linked to its entry, and the cells as printed (null where the row has none). */
    public record TableRow(int ref, String study, String href, List<String> cells) {

        public TableRow {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    /** What the catalogue says of one reference, with the rules that cite it. */
    public record ReferenceView(int ref, String name, String design, Integer patients, String patientsAsPrinted,
                                String summary,
                                Double medianOsMonths, String survivalNote, Integer table, List<Modality> modalities,
                                List<String> citedBy) {

        public ReferenceView {
            modalities = List.copyOf(modalities);
            citedBy = List.copyOf(citedBy);
        }

        public String anchor() {
            return CitationLink.anchor(ref);
        }

        public String href() {
            return CitationLink.href(ref);
        }

        /** The table listing it, on the unfiltered literature page; null where none does. */
        public String tableHref() {
            return table == null ? null : CitationLink.LITERATURE + "#table-" + table;
        }

        public String median() {
            if (medianOsMonths == null) {
                return null;
            }
            return Numbers.plain(medianOsMonths);
        }
    }

    /** A news claim beside what the review reports, with links to the references behind it. */
    public record ClaimView(String claim, String saidBy, String reviewReports, List<CitationLink> refs) {

        public ClaimView {
            refs = List.copyOf(refs);
        }
    }

    /**
     * @param literature     the catalogue
     * @param rules          the rules (to show which cite each reference)
     * @param modality       the treatment to show, or null for all
     * @param modalityLabels the display name of each treatment (for the chart's group headings)
     */
    public static LiteraturePage of(Literature literature, List<RuleInfo> rules, Modality modality,
                                    Function<Modality, String> modalityLabels) {
        List<Reference> references = modality == null ? literature.references() : literature.about(modality);
        Set<Integer> shown = new TreeSet<>(references.stream().map(Reference::ref).toList());

        List<TableView> tables = literature.tables().stream()
                .filter(t -> modality == null || t.modality() == modality)
                .map(t -> new TableView(t.number(), t.title(), t.modality(), t.columns(), t.footnote(),
                        literature.rowsOf(t.number()).stream().map(r -> row(t, r)).toList()))
                .toList();

        List<SurvivalChart.Group> groups = chartGroups(literature, references, modalityLabels);

        Map<Integer, List<String>> citedBy = new LinkedHashMap<>();
        for (RuleInfo rule : rules) {
            rule.citations().stream().filter(c -> c.reviewRef() != null)
                    .forEach(c -> citedBy.computeIfAbsent(c.reviewRef(), k -> new ArrayList<>()).add(rule.id()));
        }
        List<ReferenceView> views = references.stream().map(r -> view(r, citedBy)).toList();
        List<ReferenceView> withoutMedian = views.stream()
                .filter(v -> v.medianOsMonths() == null && studyOf(v)).toList();

        List<ClaimView> claims = literature.claims().stream()
                .filter(c -> modality == null || c.refs().stream().anyMatch(shown::contains))
                .map(c -> new ClaimView(c.claim(), c.saidBy(), c.reviewReports(), c.refs().stream()
                        .map(ref -> new CitationLink(ref, label(literature, ref), CitationLink.href(ref))).toList()))
                .toList();

        Set<Modality> available = new TreeSet<>();
        literature.references().forEach(r -> available.addAll(r.modalities()));
        literature.tables().forEach(t -> {
            if (t.modality() != null) {
                available.add(t.modality());
            }
        });
        boolean showTrials = modality == null || modality == Modality.IRE;
        return new LiteraturePage(modality, List.copyOf(available), literature.review(), literature.news(), tables,
                groups, withoutMedian, views, showTrials, showTrials ? literature.trials() : List.of(), claims);
    }

    /**
     * The chart's groups follow the review's tables: a study a table lists is drawn with that table's studies (so
     * liver-metastasis RFA of Table 6 is not mixed with pancreatic RFA of Table 1); a study in no table is drawn
     * under its own first treatment; filtering by a treatment never moves a study into another group. Only studies
     * with a median overall survival are drawn.
     */
    static List<SurvivalChart.Group> chartGroups(Literature literature, List<Reference> references,
                                                 Function<Modality, String> modalityLabels) {
        Map<String, List<Reference>> studies = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (LiteratureTable t : literature.tables()) {
            studies.put(tableKey(t.number()), new ArrayList<>());
            labels.put(tableKey(t.number()), "Table " + t.number() + ": " + t.title());
        }
        for (Modality m : Modality.values()) {
            studies.put(m.name(), new ArrayList<>());
            labels.put(m.name(), modalityLabels.apply(m));
        }
        studies.put(OTHER, new ArrayList<>());
        labels.put(OTHER, "Other");
        for (Reference r : references.stream().filter(r -> r.medianOsMonths() != null).toList()) {
            String key = r.table() != null && studies.containsKey(tableKey(r.table())) ? tableKey(r.table())
                    : r.modalities().isEmpty() ? OTHER : r.modalities().get(0).name();
            studies.get(key).add(r);
        }
        List<SurvivalChart.Group> groups = new ArrayList<>();
        studies.forEach((key, list) -> {
            if (!list.isEmpty()) {
                groups.add(new SurvivalChart.Group(key, labels.get(key), list));
            }
        });
        return List.copyOf(groups);
    }

    private static final String OTHER = "OTHER";

    private static String tableKey(int number) {
        return "TABLE-" + number;
    }

    /** A reference is charted only if it is a study, i.e. the catalogue gives a design, a patient count or a table. */
    private static boolean studyOf(ReferenceView v) {
        return v.patients() != null || v.table() != null || v.design() != null;
    }

    private static TableRow row(LiteratureTable table, Reference r) {
        List<String> cells = new ArrayList<>();
        for (String column : table.columns()) {
            cells.add(r.row().get(column));
        }
        return new TableRow(r.ref(), r.shortName(), CitationLink.href(r.ref()), cells);
    }

    private static ReferenceView view(Reference r, Map<Integer, List<String>> citedBy) {
        return new ReferenceView(r.ref(), r.shortName(), r.design(), r.patients(), r.patientsAsPrinted(), r.summary(), r.medianOsMonths(),
                r.survivalNote(), r.table(), r.modalities(), citedBy.getOrDefault(r.ref(), List.of()));
    }

    private static String label(Literature literature, int ref) {
        return literature.reference(ref).map(r -> r.firstAuthor() == null ? "ref. " + ref : r.shortName() + " [" + ref + "]")
                .orElse("ref. " + ref);
    }
}
