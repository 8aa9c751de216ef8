package org.tumorboard.navigator.engine;

import java.util.List;

/** A consideration as a page shows it: its citations as links, and links to the rule behind it. */
public record ConsiderationView(
        String ruleId,
        Modality modality,
        Kind kind,
        String title,
        String explanation,
        List<String> because,
        List<CitationLink> citations) {

    public ConsiderationView {
        because = List.copyOf(because);
        citations = List.copyOf(citations);
    }

    public static ConsiderationView of(Consideration c) {
        return new ConsiderationView(c.ruleId(), c.modality(), c.kind(), c.title(), c.explanation(), c.because(),
                c.citations().stream().map(CitationLink::of).toList());
    }

    /** The id of the consideration's card on the page. */
    public String anchor() {
        return "consideration-" + ruleId;
    }

    public String ruleUrl() {
        return "/rules/" + ruleId;
    }

    public String kindKey() {
        return "kind." + kind.name();
    }

    public String modalityKey() {
        return "modality." + modality.name();
    }
}
