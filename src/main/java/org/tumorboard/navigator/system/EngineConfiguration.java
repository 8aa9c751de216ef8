package org.tumorboard.navigator.system;

import ca.uhn.fhir.context.FhirContext;
import jakarta.validation.Validator;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.fhir.FhirCaseReader;
import org.tumorboard.navigator.intake.CaseReader;

/** The rule engine (built once from the rules directory at start), the case reader and its FHIR front. */
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

    /** HAPI's R4 context: expensive to build, thread-safe, so one for the application. */
    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }

    @Bean
    FhirCaseReader fhirCaseReader(FhirContext fhirContext, CaseReader caseReader) {
        return new FhirCaseReader(fhirContext, caseReader, Clock.systemUTC());
    }
}
