package org.tumorboard.navigator.engine;

import org.tumorboard.navigator.catalogue.Modality;

import java.util.List;

/** One thing the literature reports that bears on the evaluated case. */
public record Consideration(
        String ruleId,
        Modality modality,
        Kind kind,
        String title,
        String explanation,
        List<String> because,
        List<Citation> citations) {

    public Consideration {
        because = List.copyOf(because);
        citations = List.copyOf(citations);
    }
}
