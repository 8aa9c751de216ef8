package org.tumorboard.navigator.results;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.catalogue.Source;
import org.tumorboard.navigator.scenarios.ScenarioLibrary;

/** The home page: what the tool is and is not, and where to go. */
@Controller
class HomeController {

    /** What the home page says about the loaded rule set. */
    record RuleSetSummary(String version, long rules, int references, int trials, int walkthroughs) {
    }

    private final RuleEngine engine;
    private final ScenarioLibrary scenarios;

    HomeController(RuleEngine engine, ScenarioLibrary scenarios) {
        this.engine = engine;
        this.scenarios = scenarios;
    }

    @GetMapping("/")
    String home(Model model) {
        RuleSet ruleSet = engine.ruleSet();
        Source review = ruleSet.literature().review();
        model.addAttribute("review", review);
        model.addAttribute("reviewFirstAuthor", review == null || review.authors() == null ? ""
                : review.authors().split("[ ,]")[0]);
        model.addAttribute("summary", new RuleSetSummary(ruleSet.version(),
                ruleSet.rules().stream().filter(r -> !r.derivation()).count(),
                ruleSet.literature().references().size(), ruleSet.literature().trials().size(),
                scenarios.walkthroughs().size()));
        return "home";
    }
}
