package org.tumorboard.navigator.results;

import org.tumorboard.navigator.engine.CitationLink;
import org.tumorboard.navigator.engine.Consideration;

import java.util.List;

/** A consideration as a page shows it: the consideration itself, its citations as links, and page addresses. */
public record ConsiderationView(Consideration consideration, List<CitationLink> citations) {

    public ConsiderationView {
        citations = List.copyOf(citations);
    }

    public static ConsiderationView of(Consideration c) {
        return new ConsiderationView(c, c.citations().stream().map(CitationLink::of).toList());
    }

    public String ruleId() {
        return consideration.ruleId();
    }

    /** The id of the consideration's card on the page. */
    public String anchor() {
        return "consideration-" + consideration.ruleId();
    }

    public String ruleUrl() {
        return "/rules/" + consideration.ruleId();
    }

    public String kindKey() {
        return "kind." + consideration.kind().name();
    }

    /** The because-facts on one line. */
    public String becauseText() {
        return String.join("; ", consideration.because());
    }

    /** "basis.CASE" or "basis.STAGE": whether the consideration rests on the case or on its stage alone. */
    public String basisKey() {
        return "basis." + consideration.basis().name();
    }

    public String modalityKey() {
        return "modality." + consideration.modality().name();
    }
}
