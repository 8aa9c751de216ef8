package org.tumorboard.navigator.catalogue;

import java.util.List;
import java.util.Map;

/**
 * What the review says of one of its references (the reference list itself is not part of the source, so nothing
 * here goes beyond the review's text and tables).
 *
 * @param ref            the review's reference number, the citation key
 * @param firstAuthor    as the review names it ("Martin"), or null where the review does not name one
 * @param year           as the review's tables give it, or null
 * @param modalities     what the study is about
 * @param design         e.g. "Retrospective", "Prospective", "Case report", "Systematic review"; null if not said
 * @param patients       number of patients, or null where not said or where the review gives two numbers
 * @param patientsAsPrinted where the review gives two numbers of patients, both as printed ("60 in the text, 94 in
 *                       Table 6"); otherwise null
 * @param summary        what the review reports of it
 * @param medianOsMonths reported median overall survival, or null where the review reports none
 * @param survivalNote   other survival figures as printed (mean values, survival probabilities, arms)
 * @param table          the review's table listing it (1-8), or null
 * @param row            that table's cells for this study, keyed by column header, as printed
 */
public record Reference(
        int ref,
        String firstAuthor,
        Integer year,
        List<Modality> modalities,
        String design,
        Integer patients,
        String patientsAsPrinted,
        String summary,
        Double medianOsMonths,
        String survivalNote,
        Integer table,
        Map<String, String> row) {

    public Reference {
        modalities = modalities == null ? List.of() : List.copyOf(modalities);
        row = row == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(row));
    }

    /** "Martin et al., 2015" or "ref. 48" where the review names no author. */
    public String shortName() {
        if (firstAuthor == null) {
            return "ref. " + ref;
        }
        return firstAuthor + " et al." + (year == null ? "" : ", " + year);
    }
}
