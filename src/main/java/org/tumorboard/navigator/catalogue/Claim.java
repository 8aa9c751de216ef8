package org.tumorboard.navigator.catalogue;

import java.util.List;

/** A claim of the news article set beside what the review's data show. */
public record Claim(String claim, String reviewReports, List<Integer> refs) {

    public Claim {
        refs = refs == null ? List.of() : List.copyOf(refs);
    }
}
