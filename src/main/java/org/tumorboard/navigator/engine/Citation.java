package org.tumorboard.navigator.engine;

/**
 * One source behind a consideration: a reference number of the review, or {@code null} where the statement is
 * the review authors' own (the label then says so).
 */
public record Citation(Integer reviewRef, String label) {
}
