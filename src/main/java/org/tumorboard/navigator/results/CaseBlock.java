package org.tumorboard.navigator.results;

import java.util.List;
import java.util.Set;
import org.tumorboard.navigator.intake.CaseFactRow;
import org.tumorboard.navigator.intake.CaseFacts;

/**
 * The case in a short block: its known facts, its unknown ones, and which of them the what-if section has a change
 * for (a value that would add, remove or change a consideration).
 */
public record CaseBlock(List<CaseFactRow> known, List<CaseFactRow> unknown, Set<String> changeable) {

    public CaseBlock {
        known = List.copyOf(known);
        unknown = List.copyOf(unknown);
        changeable = Set.copyOf(changeable);
    }

    static CaseBlock of(CaseFacts facts, List<WhatIf.FieldOptions> whatIf) {
        List<CaseFactRow> rows = CaseFactRow.rows(facts);
        return new CaseBlock(rows.stream().filter(r -> !r.unknown()).toList(),
                rows.stream().filter(CaseFactRow::unknown).toList(),
                whatIf.stream().filter(f -> !f.options().isEmpty()).map(WhatIf.FieldOptions::field)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    /** Whether the what-if section has a change of this fact that changes the result. */
    public boolean changes(String field) {
        return changeable.contains(field);
    }
}
