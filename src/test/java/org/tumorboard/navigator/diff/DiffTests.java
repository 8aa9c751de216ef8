package org.tumorboard.navigator.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiffTests {

    @Test
    void aListDiffKeepsEveryItemInOrderRemovalsBeforeAdditions() {
        assertThat(Diff.between(List.of("A", "B", "C", "D"), List.of("A", "X", "C", "D", "E")))
                .extracting(Diff.Part::change, Diff.Part::value).containsExactly(
                        tuple(Diff.Change.SAME, "A"), tuple(Diff.Change.REMOVED, "B"), tuple(Diff.Change.ADDED, "X"),
                        tuple(Diff.Change.SAME, "C"), tuple(Diff.Change.SAME, "D"), tuple(Diff.Change.ADDED, "E"));
    }

    @Test
    void aLineDiffMarksEachLine() {
        assertThat(Diff.lines("rule\n  a\n  b\nend", "rule\n  a\n  c\n  d\nend"))
                .extracting(p -> p.change().marker() + p.value())
                .containsExactly(" rule", "   a", "-  b", "+  c", "+  d", " end");
        assertThat(Diff.lines(null, "x\ny")).extracting(Diff.Part::change)
                .containsExactly(Diff.Change.ADDED, Diff.Change.ADDED);
        assertThat(Diff.lines("x", "")).extracting(p -> p.change().cssClass()).containsExactly("diff-removed");
    }

    @Test
    void aWordDiffShowsTheReplacedWordsOnly() {
        assertThat(Diff.words("tumours larger than 4 cm were excluded", "tumours larger than 5 cm were excluded"))
                .extracting(p -> p.change().marker() + p.value())
                .containsExactly(" tumours larger than ", "-4", "+5", "  cm were excluded");
        assertThat(Diff.words("a b", "a b")).singleElement().satisfies(p -> assertThat(p.changed()).isFalse());
    }
}
