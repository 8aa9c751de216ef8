package org.tumorboard.navigator.teaching;

import org.tumorboard.navigator.scenarios.Walkthrough;

import java.util.List;
import org.tumorboard.navigator.results.EvaluationView;
import org.tumorboard.navigator.intake.CaseFactRow;

/**
 * One walkthrough page: the figure's presentation and known facts, the prompt and the prediction form; once the
 * learner has committed a prediction (or chosen to skip it), the comparison first, then what the rule set reports and
 * what the review reports happened.
 *
 * @param facts    the facts the case states (unknown ones are left out: the missing-information panel names those
 *                 that matter)
 * @param prediction the prediction sheet: the choices, and once submitted the picks beside the rule set's answer
 * @param previous the figure before this one, or null
 * @param next     the figure after this one, or null
 * @param revealed whether the answer is shown: after a prediction, or an explicit skip
 */
public record WalkthroughView(
        int figure,
        String scenario,
        String purpose,
        Walkthrough walkthrough,
        List<CaseFactRow> facts,
        EvaluationView evaluation,
        Prediction.Sheet prediction,
        String formUrl,
        String resultUrl,
        Integer previous,
        Integer next,
        boolean revealed) {

    public WalkthroughView {
        facts = List.copyOf(facts);
    }

    public String url() {
        return WalkthroughController.PATH + "/" + figure;
    }

    /** The answer without a prediction: the learner's explicit skip. */
    public String revealUrl() {
        return url() + "/" + WalkthroughController.REVEAL;
    }

    /** Where the prediction form submits (GET: nothing is stored). */
    public String predictionsUrl() {
        return url() + "/" + WalkthroughController.PREDICTIONS;
    }
}
