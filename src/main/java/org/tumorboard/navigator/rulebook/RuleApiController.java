package org.tumorboard.navigator.rulebook;

import java.util.List;
import org.springframework.http.MediaType;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.web.ApiController;

/** {@code GET /api/rules}: every rule with its metadata. */
@ApiController
class RuleApiController {

    /** The rule listing: the rule-set version and every rule in file order. */
    record RuleListing(String disclaimer, String ruleSetVersion, List<RuleInfo> rules) {
    }

    private final RuleEngine engine;

    RuleApiController(RuleEngine engine) {
        this.engine = engine;
    }

    @Operation(summary = "Every rule with its source passage, citations, trials, file, line and DRL text")
    @GetMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleListing rules() {
        RuleSet ruleSet = engine.ruleSet();
        return new RuleListing(Evaluation.DISCLAIMER, ruleSet.version(), ruleSet.rules());
    }
}
