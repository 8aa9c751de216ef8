package org.tumorboard.navigator.catalogue;

import java.util.List;

/** One of the review's study tables (1-4, 6-8), rebuilt from the references that name it. */
public record LiteratureTable(int number, String title, Modality modality, List<String> columns, String footnote) {

    public LiteratureTable {
        columns = List.copyOf(columns);
    }
}
