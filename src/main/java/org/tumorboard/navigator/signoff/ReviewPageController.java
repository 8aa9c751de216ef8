package org.tumorboard.navigator.signoff;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.engine.RuleEngine;

/**
 * The review dashboard ({@code /reviews}) and the rule page's forms: a review ({@code POST /rules/{id}/reviews})
 * and a discussion comment ({@code POST /rules/{id}/comments}). Each form answers with a redirect to the rule page,
 * which then shows what was recorded or what was wrong.
 */
@Controller
class ReviewPageController {

    static final String DASHBOARD = "/reviews";

    private final RuleEngine engine;
    private final Reviews reviews;

    ReviewPageController(RuleEngine engine, Reviews reviews) {
        this.engine = engine;
        this.reviews = reviews;
    }

    @GetMapping(DASHBOARD)
    String dashboard(@RequestParam(required = false) ReviewStatus status,
                     @RequestParam(required = false) Modality modality, Model model) {
        model.addAttribute("dashboard", Dashboard.of(engine.ruleSet().rules(), reviews.all(), status, modality,
                reviews.approvalsRequired()));
        model.addAttribute("ruleSetVersion", engine.ruleSet().version());
        return "reviews/dashboard";
    }

    @PostMapping("/rules/{id}/reviews")
    String review(@PathVariable String id, ReviewRequest form, Principal principal, RedirectAttributes redirect) {
        try {
            reviews.record(id, principal.getName(), form).orElseThrow(() -> noRule(id));
            redirect.addFlashAttribute("reviewRecorded", true);
        } catch (InvalidReviewException e) {
            redirect.addFlashAttribute("reviewProblems", e.problems());
            redirect.addFlashAttribute("reviewForm", form);
        } catch (StaleFingerprintException e) {
            redirect.addFlashAttribute("reviewChanged", true);
        }
        return "redirect:/rules/" + id + "#review";
    }

    @PostMapping("/rules/{id}/comments")
    String comment(@PathVariable String id, @RequestParam(required = false) String body, Principal principal,
                   RedirectAttributes redirect) {
        try {
            reviews.comment(id, principal.getName(), body).orElseThrow(() -> noRule(id));
            redirect.addFlashAttribute("commentRecorded", true);
        } catch (InvalidReviewException e) {
            redirect.addFlashAttribute("commentProblems", e.problems());
        }
        return "redirect:/rules/" + id + "#discussion";
    }

    private static ResponseStatusException noRule(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no rule " + id);
    }
}
