package org.tumorboard.navigator.rulebook;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.tumorboard.navigator.signoff.ReviewStatus;
import org.tumorboard.navigator.signoff.Reviews;
import org.tumorboard.navigator.signoff.RuleReview;
import org.springframework.http.MediaType;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.web.ApiController;

/** {@code GET /api/rules} and {@code GET /api/rules/{id}}: rules with their metadata, fingerprint and review status. */
@ApiController
class RuleApiController {

    /** The rule listing: the rule-set version and every rule in file order. */
    record RuleListing(String disclaimer, String ruleSetVersion, List<RuleEntry> rules) {
    }

    /** A rule's metadata with its fingerprint and review status. */
    record RuleEntry(@JsonUnwrapped RuleInfo rule, String fingerprint, ReviewStatus reviewStatus) {
    }

    private final RuleEngine engine;
    private final Reviews reviews;

    RuleApiController(RuleEngine engine, Reviews reviews) {
        this.engine = engine;
        this.reviews = reviews;
    }

    @Operation(summary = "Every rule with its source passage, citations, trials, file, line and DRL text")
    @GetMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleListing rules() {
        RuleSet ruleSet = engine.ruleSet();
        Map<String, RuleReview> states = reviews.all();
        return new RuleListing(Evaluation.DISCLAIMER, ruleSet.version(), ruleSet.rules().stream()
                .map(rule -> entry(rule, states.get(rule.id()))).toList());
    }

    @GetMapping(path = "/api/rules/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleEntry rule(@PathVariable String id) {
        RuleInfo rule = engine.ruleSet().rule(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no rule " + id));
        return entry(rule, reviews.of(id).orElseThrow());
    }

    private static RuleEntry entry(RuleInfo rule, RuleReview state) {
        return new RuleEntry(rule, state.fingerprint(), state.status());
    }
}
