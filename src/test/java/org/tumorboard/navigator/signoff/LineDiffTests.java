package org.tumorboard.navigator.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTests {

    @Test
    void showsRemovedThenAddedLinesAroundTheCommonOnes() {
        assertThat(LineDiff.between("rule\n  a\n  b\nend", "rule\n  a\n  c\n  d\nend"))
                .extracting(line -> line.marker() + line.text())
                .containsExactly(" rule", "   a", "-  b", "+  c", "+  d", " end");
    }

    @Test
    void anEmptyOrMissingSideIsAllAddedOrAllRemoved() {
        assertThat(LineDiff.between(null, "x\ny")).extracting(LineDiff.Line::change)
                .containsExactly(LineDiff.Change.ADDED, LineDiff.Change.ADDED);
        assertThat(LineDiff.between("x", "")).extracting(LineDiff.Line::cssClass).containsExactly("diff-removed");
    }
}
