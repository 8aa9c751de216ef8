package org.tumorboard.navigator.reload;

import java.net.URI;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.tumorboard.navigator.web.ApiController;

/**
 * {@code POST /api/rule-set/reload} (maintainers): 200 with the new version, or 422 problem details listing every
 * problem as {@code file:line: message} while the last good rule set keeps serving.
 */
@ApiController
class ReloadApiController {

    private final RuleSetReloader reloader;

    ReloadApiController(RuleSetReloader reloader) {
        this.reloader = reloader;
    }

    @PostMapping(path = "/api/rule-set/reload", produces = {MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> reload(Principal principal) {
        ReloadOutcome outcome = reloader.reload(principal.getName());
        if (outcome.reloaded()) {
            return ResponseEntity.ok(outcome);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The candidate rule set has " + outcome.problems().size()
                        + " problem(s); rule set " + outcome.ruleSetVersion() + " keeps serving.");
        problem.setType(URI.create("/problems/rule-set-rejected"));
        problem.setTitle("Rule set not reloaded");
        problem.setProperty("ruleSetVersion", outcome.ruleSetVersion());
        problem.setProperty("problems", outcome.problems());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
