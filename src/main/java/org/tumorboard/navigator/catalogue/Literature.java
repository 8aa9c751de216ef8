package org.tumorboard.navigator.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The literature catalogue: the review, the news article, the review's references, tables and trials. */
public record Literature(
        Source review,
        Source news,
        List<Claim> claims,
        List<LiteratureTable> tables,
        List<Reference> references,
        List<Trial> trials) {

    public Literature {
        claims = List.copyOf(claims);
        tables = List.copyOf(tables);
        references = references.stream().sorted(Comparator.comparingInt(Reference::ref)).toList();
        trials = List.copyOf(trials);
    }

    public Optional<Reference> reference(int ref) {
        return references.stream().filter(r -> r.ref() == ref).findFirst();
    }

    /** The rows of one of the review's tables, in the order the catalogue lists them. */
    public List<Reference> rowsOf(int table) {
        return references.stream().filter(r -> r.table() != null && r.table() == table).toList();
    }

    public List<Reference> about(Modality modality) {
        return references.stream().filter(r -> r.modalities().contains(modality)).toList();
    }

    public Optional<Trial> trial(String nct) {
        return trials.stream().filter(t -> t.nct().equals(nct)).findFirst();
    }
}
