package org.tumorboard.navigator.engine;

/**
 * A citation as a link to its entry on the literature page: {@code /literature#ref-48}, or the review itself
 * ({@code /literature#review}) where the statement is the review authors' own.
 */
public record CitationLink(Integer reviewRef, String label, String href) {

    public static final String LITERATURE = "/literature";

    public static CitationLink of(Citation citation) {
        return new CitationLink(citation.reviewRef(), citation.label(), href(citation.reviewRef()));
    }

    /** The literature page's anchor of a reference number, or of the review where it is null. */
    public static String anchor(Integer reviewRef) {
        return reviewRef == null ? "review" : "ref-" + reviewRef;
    }

    public static String href(Integer reviewRef) {
        return LITERATURE + "#" + anchor(reviewRef);
    }
}
