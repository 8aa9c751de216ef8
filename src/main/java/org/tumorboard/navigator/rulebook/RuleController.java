package org.tumorboard.navigator.rulebook;

import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLibrary;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.tumorboard.navigator.engine.CitationLink;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleInfo;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.intake.CaseQuery;
import org.tumorboard.navigator.signoff.Reviews;

/** The rules, read-only: {@code /rules} (every rule) and {@code /rules/{id}} (one rule). */
@Controller
class RuleController {

    static final String PATH = "/rules";

    private final RuleEngine engine;
    private final ScenarioLibrary scenarios;
    private final Reviews reviews;

    RuleController(RuleEngine engine, ScenarioLibrary scenarios, Reviews reviews) {
        this.engine = engine;
        this.scenarios = scenarios;
        this.reviews = reviews;
    }

    @GetMapping(PATH)
    String list(Model model) {
        RuleSet ruleSet = engine.ruleSet();
        model.addAttribute("rules", ruleSet.rules().stream().map(this::view).toList());
        model.addAttribute("reviews", reviews.all());
        model.addAttribute("ruleSetVersion", ruleSet.version());
        model.addAttribute("rulesDirectory", ruleSet.directory().getFileName().toString());
        return "rules/list";
    }

    @GetMapping(PATH + "/{id}")
    String show(@PathVariable String id, Model model) {
        RuleSet ruleSet = engine.ruleSet();
        RuleInfo rule = ruleSet.rule(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no rule " + id));
        model.addAttribute("rule", view(rule));
        model.addAttribute("review", reviews.panel(id).orElseThrow());
        model.addAttribute("ruleSetVersion", ruleSet.version());
        return "rules/show";
    }

    RuleView view(RuleInfo rule) {
        return new RuleView(rule.id(), rule.title(), rule.modality(), rule.kind(), rule.explanation(), rule.passage(),
                rule.citations().stream().map(CitationLink::of).toList(),
                rule.trials().stream().map(nct -> new RuleView.TrialLink(nct, CitationLink.LITERATURE + "#trial-" + nct))
                        .toList(),
                rule.file(), rule.line(), rule.drl(),
                links(scenarios.firing(rule.id())), links(scenarios.notFiring(rule.id())));
    }

    private static List<RuleView.ScenarioLink> links(List<Scenario> list) {
        return list.stream()
                .map(s -> new RuleView.ScenarioLink(s.name(), s.purpose(), CaseQuery.resultUrl(s.caseFacts())))
                .toList();
    }
}
