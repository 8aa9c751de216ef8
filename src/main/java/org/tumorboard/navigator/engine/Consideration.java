package org.tumorboard.navigator.engine;

import org.tumorboard.navigator.catalogue.Modality;

import java.util.List;
import org.tumorboard.navigator.conditions.Basis;

/**
 * One thing the literature reports that bears on the evaluated case.
 *
 * @param basis whether the rule's match rests on facts of the case beyond its stage ({@link Basis#CASE}) or on the
 *              stage alone ({@link Basis#STAGE}), read from the rule's compiled conditions
 */
public record Consideration(
        String ruleId,
        Modality modality,
        Kind kind,
        Basis basis,
        String title,
        String explanation,
        List<String> because,
        List<Citation> citations) {

    public Consideration {
        because = List.copyOf(because);
        citations = List.copyOf(citations);
    }
}
