package org.tumorboard.navigator.results;

import java.util.List;
import java.util.Map;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseReader;

/**
 * What the result page adds to the considerations for teaching, as model attributes: why and why not for every
 * rule of the treatments shown ({@code why}), what one changed fact would do ({@code whatIf}), and the address of
 * the PDF handout ({@code pdfUrl}), and the case's facts in a short block linked to their what-ifs
 * ({@code caseBlock}).
 */
final class ResultAids {

    private ResultAids() {
    }

    static Map<String, Object> of(Evaluation evaluation, RuleEngine engine, CaseReader reader, ConditionText text) {
        List<WhatIf.FieldOptions> whatIf = WhatIf.options(evaluation, engine, reader, text);
        return Map.of(
                "why", WhyNot.forShownTreatments(engine.ruleSet(), evaluation, text),
                "whatIf", whatIf,
                "caseBlock", CaseBlock.of(evaluation.caseFacts(), whatIf),
                "pdfUrl", HandoutPdf.url(evaluation.caseFacts()));
    }
}
