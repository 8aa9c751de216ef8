package org.tumorboard.navigator.system;

import jakarta.validation.Validator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.intake.CaseReader;

/** The rule engine (built once from the rules directory at start) and the case reader. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    RuleEngine ruleEngine(TumorBoardProperties properties) {
        return RuleEngine.load(properties.rulesDir());
    }

    @Bean
    CaseReader caseReader(Validator validator) {
        return new CaseReader(validator);
    }
}
