package org.tumorboard.navigator;

import ca.uhn.fhir.context.FhirContext;
import jakarta.validation.Validator;
import java.time.Clock;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Configuration;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSetException;
import org.tumorboard.navigator.fhir.FhirCaseReader;
import org.tumorboard.navigator.intake.CaseReader;

/**
 * The rule engine (its rule set built once per start, in the background while the context starts), the case reader
 * and its FHIR front. The app reports readiness ({@code ReadinessState.ACCEPTING_TRAFFIC}, published after the
 * application runners) only once the rule set is built; a request that comes earlier waits for it, and a rule set
 * that does not build stops the start (see {@link RuleSetFailureAnalyzer}).
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    RuleEngine ruleEngine(TumorBoardProperties properties) {
        return RuleEngine.building(properties.rulesDir());
    }

    /** Waits for the rule set before the app reports that it accepts traffic; a failed build fails the start. */
    @Bean
    ApplicationRunner ruleSetBuilt(RuleEngine engine) {
        return args -> {
            try {
                engine.ruleSet();
            } catch (RuleSetException e) {
                throw new IllegalStateException("the rule set in " + engine.directory() + " did not build", e);
            }
        };
    }

    @Bean
    CaseReader caseReader(Validator validator) {
        return new CaseReader(validator);
    }

    /**
     * HAPI's R4 context: expensive to build, thread-safe, so one for the application, made when the first FHIR
     * request needs it rather than during start-up.
     */
    @Bean
    @Lazy
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }

    @Bean
    FhirCaseReader fhirCaseReader(@Lazy FhirContext fhirContext, CaseReader caseReader) {
        return new FhirCaseReader(fhirContext, caseReader, Clock.systemUTC());
    }
}
