package org.tumorboard.navigator.literature;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSet;

/** {@code /literature}, optionally {@code ?modality=IRE}: the catalogue behind the rules, with its chart. */
@Controller
class LiteratureController {

    private final RuleEngine engine;
    private final MessageSource messages;

    LiteratureController(RuleEngine engine, MessageSource messages) {
        this.engine = engine;
        this.messages = messages;
    }

    @GetMapping("/literature")
    String literature(@RequestParam(required = false) Modality modality, Model model, Locale locale) {
        RuleSet ruleSet = engine.ruleSet();
        LiteraturePage page = LiteraturePage.of(ruleSet.literature(), ruleSet.rules(), modality,
                m -> messages.getMessage("modality." + m.name(), null, m.name(), locale));
        model.addAttribute("page", page);
        model.addAttribute("chart", SurvivalChart.of(page.chartGroups(), new SurvivalChart.Labels(
                messages.getMessage("literature.chart.heading", null, locale),
                messages.getMessage("literature.chart.intro", null, locale),
                messages.getMessage("literature.chart.axis", null, locale),
                messages.getMessage("literature.chart.legend", null, locale))));
        model.addAttribute("charted", SurvivalChart.plotted(page.chartGroups()).size());
        return "literature/index";
    }
}
