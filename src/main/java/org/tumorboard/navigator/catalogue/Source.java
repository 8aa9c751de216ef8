package org.tumorboard.navigator.catalogue;

/**
 * A source text as a whole: the review (primary source) or the news article (patient-facing, not peer reviewed).
 * Fields are as printed in the source; null where the source does not say.
 */
public record Source(
        String title,
        String authors,
        String journal,
        Integer year,
        String citation,
        String doi,
        String kind,
        boolean peerReviewed) {

    /** "Bibok et al., 2021" from "Bibok A, Kim DW, ..."; the title where the source names no author. */
    public String shortName() {
        if (authors == null || authors.isBlank()) {
            return title;
        }
        String first = authors.split(",")[0].strip().split("\\s+")[0];
        return first + (authors.contains(",") ? " et al." : "") + (year == null ? "" : ", " + year);
    }
}
