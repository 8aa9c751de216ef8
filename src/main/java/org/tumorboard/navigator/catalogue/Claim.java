package org.tumorboard.navigator.catalogue;

import java.util.List;

/**
 * A claim of the news article set beside what the review's data show.
 *
 * @param claim  the article's words; " … " joins passages in the article's order
 * @param saidBy who says it in the article, naming each speaker where the passages have more than one
 */
public record Claim(String claim, String saidBy, String reviewReports, List<Integer> refs) {

    public Claim {
        refs = refs == null ? List.of() : List.copyOf(refs);
    }
}
