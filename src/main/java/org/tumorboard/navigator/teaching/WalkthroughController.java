package org.tumorboard.navigator.teaching;

import org.tumorboard.navigator.scenarios.Scenario;
import org.tumorboard.navigator.scenarios.ScenarioLibrary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import org.tumorboard.navigator.web.BadParameter;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.results.WhyNot;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.tumorboard.navigator.results.EvaluationView;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseFactRow;
import org.tumorboard.navigator.intake.CaseQuery;

/**
 * The review's figures as teaching cases: {@code /walkthroughs} lists them, {@code /walkthroughs/{figure}} shows
 * one with its considerations and outcome behind {@code <details>} reveals (works without JavaScript).
 */
@Controller
class WalkthroughController {

    static final String PATH = "/walkthroughs";
    static final String PREDICTIONS = "predictions";
    static final String REVEAL = "reveal";

    /** One line of the walkthrough list. */
    record WalkthroughLink(int figure, String title, String presentation, String url) {
    }

    private final ScenarioLibrary scenarios;
    private final RuleEngine engine;
    private final MessageSource messages;

    WalkthroughController(ScenarioLibrary scenarios, RuleEngine engine, MessageSource messages) {
        this.scenarios = scenarios;
        this.engine = engine;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("walkthroughs", scenarios.walkthroughs().stream()
                .map(s -> new WalkthroughLink(s.figure(), s.walkthrough().title(), s.walkthrough().presentation(),
                        PATH + "/" + s.figure()))
                .toList());
        return "walkthroughs/list";
    }

    @GetMapping(PATH + "/{figure}")
    String show(@PathVariable String figure, Model model, Locale locale) {
        model.addAttribute("walkthrough", view(scenario(figure), Map.of(), false, false, locale));
        return "walkthroughs/show";
    }

    /** The answer without a prediction, for a learner who chooses to skip it. */
    @GetMapping(PATH + "/{figure}/" + REVEAL)
    String reveal(@PathVariable String figure, Model model, Locale locale) {
        model.addAttribute("walkthrough", view(scenario(figure), Map.of(), false, true, locale));
        return "walkthroughs/show";
    }

    /**
     * The learner's predictions ({@code treatment}, {@code caution}, {@code missing}: checkbox values, repeated)
     * beside the rule set's answer, with hits, misses and the reasons. Nothing is stored.
     */
    @GetMapping(PATH + "/{figure}/" + PREDICTIONS)
    String predictions(@PathVariable String figure, @RequestParam MultiValueMap<String, String> picks, Model model,
                       Locale locale) {
        Scenario scenario = scenario(figure);
        picks.keySet().stream().filter(p -> !List.of(Prediction.TREATMENT, Prediction.CAUTION, Prediction.MISSING).contains(p))
                .sorted().findFirst().ifPresent(p -> {
                    throw new BadParameter(p, "is not a parameter of predictions; use " + Prediction.TREATMENT + ", "
                            + Prediction.CAUTION + " or " + Prediction.MISSING);
                });
        try {
            model.addAttribute("walkthrough", view(scenario, picks, true, true, locale));
        } catch (Prediction.UnknownChoice e) {
            throw new BadParameter(e.parameter, "is not one of the choices for this case");
        }
        return "walkthroughs/show";
    }

    private Scenario scenario(String figure) {
        return parse(figure).flatMap(scenarios::walkthrough)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no walkthrough for figure " + figure));
    }

    private WalkthroughView view(Scenario scenario, Map<String, List<String>> picks, boolean submitted, boolean revealed,
                                 Locale locale) {
        List<Integer> figures = scenarios.walkthroughs().stream().map(Scenario::figure).distinct().toList();
        int at = figures.indexOf(scenario.figure());
        Integer previous = at > 0 ? figures.get(at - 1) : null;
        Integer next = at < figures.size() - 1 ? figures.get(at + 1) : null;
        List<CaseFactRow> known = CaseFactRow.rows(scenario.caseFacts()).stream().filter(r -> !r.unknown()).toList();
        RuleSet ruleSet = engine.ruleSet();
        Evaluation evaluation = engine.evaluate(scenario.caseFacts());
        Prediction.Sheet sheet = Prediction.sheet(ruleSet, evaluation, picks, submitted,
                WhyNot.of(ruleSet, evaluation, messages, locale), messages, locale);
        return new WalkthroughView(scenario.figure(), scenario.name(), scenario.purpose(), scenario.walkthrough(), known,
                EvaluationView.of(evaluation, ruleSet), sheet, CaseQuery.formUrl(scenario.caseFacts()),
                CaseQuery.resultUrl(scenario.caseFacts()), previous, next, revealed);
    }

    private static java.util.Optional<Integer> parse(String figure) {
        return figure.matches("\\d{1,3}") ? java.util.Optional.of(Integer.parseInt(figure)) : java.util.Optional.empty();
    }
}
