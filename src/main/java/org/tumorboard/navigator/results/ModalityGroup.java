package org.tumorboard.navigator.results;

import org.tumorboard.navigator.catalogue.Modality;

import java.util.List;

/** The considerations about one treatment, in the evaluation's order. */
public record ModalityGroup(Modality modality, List<ConsiderationView> considerations) {

    public ModalityGroup {
        considerations = List.copyOf(considerations);
    }

    public String anchor() {
        return "modality-" + modality.name();
    }

    public String modalityKey() {
        return "modality." + modality.name();
    }
}
