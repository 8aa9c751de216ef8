package org.tumorboard.navigator.maintenance;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSetException;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.rulecheck.ImpactAnalysis;
import org.tumorboard.navigator.rulecheck.ImpactReport;

/**
 * For maintainers: what reloading would change. Compares the rule set being served with the one now on disk over
 * the scenario cases and the generated library, at {@code /maintenance/impact} (with a link to each changed case's
 * result page) and {@code /maintenance/impact.json}. Nothing is reloaded.
 */
@Controller
class ImpactController {

    static final String PATH = "/maintenance/impact";

    private final RuleEngine served;
    private final ImpactAnalysis analysis;

    ImpactController(RuleEngine served, CaseReader reader) {
        this.served = served;
        this.analysis = new ImpactAnalysis(reader);
    }

    /**
     * @param report   the comparison, or null where the rule set on disk does not load
     * @param problems why the rule set on disk does not load
     */
    record ImpactPage(String directory, ImpactReport report, List<String> problems) {
        ImpactPage {
            problems = List.copyOf(problems);
        }
    }

    ImpactPage compare() {
        String directory = served.ruleSet().directory().getFileName().toString();
        RuleEngine onDisk;
        try {
            onDisk = RuleEngine.load(served.ruleSet().directory());
        } catch (RuleSetException e) {
            return new ImpactPage(directory, null, e.problems());
        }
        return new ImpactPage(directory, analysis.compare(served, onDisk), List.of());
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("impact", compare());
        return "maintenance/impact";
    }

    @GetMapping(value = PATH + ".json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ImpactPage json() {
        return compare();
    }
}
