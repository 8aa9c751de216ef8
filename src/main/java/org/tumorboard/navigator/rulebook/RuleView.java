package org.tumorboard.navigator.rulebook;

import java.util.List;
import org.tumorboard.navigator.engine.CitationLink;
import org.tumorboard.navigator.engine.Kind;
import org.tumorboard.navigator.catalogue.Modality;

/**
 * One rule as the rules pages show it: its metadata, its DRL and the scenarios that exercise it.
 *
 * @param modality   null for a derivation rule (it produces no consideration)
 * @param kind       null for a derivation rule
 * @param drl        the rule's DRL text, or null where it cannot be read
 * @param fires      the scenarios that show it firing
 * @param doesNotFire the scenarios that show it not firing
 */
public record RuleView(
        String id,
        String title,
        Modality modality,
        Kind kind,
        String explanation,
        String passage,
        List<CitationLink> citations,
        List<TrialLink> trials,
        String file,
        int line,
        String drl,
        List<ScenarioLink> fires,
        List<ScenarioLink> doesNotFire) {

    public RuleView {
        citations = List.copyOf(citations);
        trials = List.copyOf(trials);
        fires = List.copyOf(fires);
        doesNotFire = List.copyOf(doesNotFire);
    }

    /** A scenario that exercises the rule, with a link to its case's result page. */
    public record ScenarioLink(String name, String purpose, String resultUrl) {
    }

    /** A trial the rule lists, linked to its row of the literature page's trials table. */
    public record TrialLink(String nct, String href) {
    }

    public boolean derived() {
        return modality == null;
    }

    public String anchor() {
        return "rule-" + id;
    }

    public String url() {
        return RuleController.PATH + "/" + id;
    }

    public String modalityKey() {
        return modality == null ? "modality.derived" : "modality." + modality.name();
    }

    public String kindKey() {
        return kind == null ? null : "kind." + kind.name();
    }
}
