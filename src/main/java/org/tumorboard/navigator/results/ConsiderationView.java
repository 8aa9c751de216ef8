package org.tumorboard.navigator.results;

import java.util.List;
import java.util.stream.Collectors;
import org.tumorboard.navigator.engine.Because;
import org.tumorboard.navigator.engine.CitationLink;
import org.tumorboard.navigator.engine.Consideration;
import org.tumorboard.navigator.intake.CaseFactRow;
import org.tumorboard.navigator.intake.CaseFacts;

/**
 * A consideration as a page shows it: the consideration itself, its citations as links, its reasons as the case's
 * facts in words (labels, values and units, never {@code field = value}), the rule's source passage where the page
 * shows it, and page addresses.
 *
 * @param reasons the case facts the consideration rests on, in its {@code because} order
 * @param passage the review's words behind the rule, or null where the page does not show them
 */
public record ConsiderationView(Consideration consideration, List<CitationLink> citations, List<CaseFactRow> reasons,
                                String passage) {

    private static final String STAGE = "stage";

    public ConsiderationView {
        citations = List.copyOf(citations);
        reasons = List.copyOf(reasons);
    }

    /** The consideration of an evaluation of {@code facts}, without its passage. */
    public static ConsiderationView of(Consideration c, CaseFacts facts) {
        return of(c, facts, null);
    }

    public static ConsiderationView of(Consideration c, CaseFacts facts, String passage) {
        List<CaseFactRow> reasons = c.because().stream().map(Because::field).map(f -> CaseFactRow.of(facts, f)).toList();
        return new ConsiderationView(c, c.citations().stream().map(CitationLink::of).toList(), reasons, passage);
    }

    public String ruleId() {
        return consideration.ruleId();
    }

    /** The reasons but the stage, which every consideration of a case shares: what a one-line summary names. */
    public List<CaseFactRow> reasonsBeyondStage() {
        return reasons.stream().filter(r -> !r.field().equals(STAGE)).toList();
    }

    /** The citation keys: the review's reference numbers, "review" for the authors' own statements. */
    public String citationKeys() {
        return consideration.citations().stream()
                .map(c -> c.reviewRef() == null ? "review" : String.valueOf(c.reviewRef()))
                .distinct().collect(Collectors.joining(", "));
    }

    /** The id of the consideration's line on the page. */
    public String anchor() {
        return "consideration-" + consideration.ruleId();
    }

    public String ruleUrl() {
        return "/rules/" + consideration.ruleId();
    }

    public String kindKey() {
        return "kind." + consideration.kind().name();
    }

    /** "basis.CASE" or "basis.STAGE": whether the consideration rests on the case or on its stage alone. */
    public String basisKey() {
        return "basis." + consideration.basis().name();
    }

    public String modalityKey() {
        return "modality." + consideration.modality().name();
    }

    /** The treatment's short name ("IRE"), for a one-line summary. */
    public String modalityShortKey() {
        return modalityKey() + ".short";
    }
}
