package org.tumorboard.navigator.review;

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

/** The rules, read-only: {@code /rules} (every rule) and {@code /rules/{id}} (one rule). */
@Controller
class RuleController {

    static final String PATH = "/rules";

    /** The DRL texts of the rule set they were read from (replaced when the engine reloads). */
    private record Sources(RuleSet ruleSet, DrlSource drl) {
    }

    private final RuleEngine engine;
    private final ScenarioLibrary scenarios;
    private volatile Sources sources;

    RuleController(RuleEngine engine, ScenarioLibrary scenarios) {
        this.engine = engine;
        this.scenarios = scenarios;
    }

    @GetMapping(PATH)
    String list(Model model) {
        RuleSet ruleSet = engine.ruleSet();
        DrlSource drl = drl(ruleSet);
        model.addAttribute("rules", ruleSet.rules().stream().map(r -> view(r, drl)).toList());
        model.addAttribute("ruleSetVersion", ruleSet.version());
        model.addAttribute("rulesDirectory", ruleSet.directory().getFileName().toString());
        return "rules/list";
    }

    @GetMapping(PATH + "/{id}")
    String show(@PathVariable String id, Model model) {
        RuleSet ruleSet = engine.ruleSet();
        RuleInfo rule = ruleSet.rule(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no rule " + id));
        model.addAttribute("rule", view(rule, drl(ruleSet)));
        model.addAttribute("ruleSetVersion", ruleSet.version());
        return "rules/show";
    }

    private DrlSource drl(RuleSet ruleSet) {
        Sources current = sources;
        if (current == null || current.ruleSet() != ruleSet) {
            current = new Sources(ruleSet, DrlSource.of(ruleSet));
            sources = current;
        }
        return current.drl();
    }

    RuleView view(RuleInfo rule, DrlSource drl) {
        return new RuleView(rule.id(), rule.title(), rule.modality(), rule.kind(), rule.explanation(), rule.passage(),
                rule.citations().stream().map(CitationLink::of).toList(),
                rule.trials().stream().map(nct -> new RuleView.TrialLink(nct, CitationLink.LITERATURE + "#trial-" + nct))
                        .toList(),
                rule.file(), rule.line(), drl.text(rule.id()).orElse(null),
                links(scenarios.firing(rule.id())), links(scenarios.notFiring(rule.id())));
    }

    private static List<RuleView.ScenarioLink> links(List<Scenario> list) {
        return list.stream()
                .map(s -> new RuleView.ScenarioLink(s.name(), s.purpose(), CaseQuery.resultUrl(s.caseFacts())))
                .toList();
    }
}
