package org.tumorboard.navigator.fhir;

import java.util.List;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.intake.InvalidCaseException;

/**
 * The resources are valid but none gives the stage, so there is no case to evaluate (e.g. a patient with no
 * pancreatic cancer data). The JSON API answers it as an invalid case; the CDS Hooks service with no cards.
 */
public final class NoStage extends InvalidCaseException {

    public NoStage(List<FieldProblem> problems) {
        super(problems);
    }
}
