package org.tumorboard.navigator;

import ca.uhn.fhir.context.FhirContext;
import jakarta.validation.Validator;
import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.fhir.FhirCaseReader;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.web.WebSliceSecurity;

/**
 * For {@code @WebMvcTest} slices: a real engine over the starter rule set, the real case readers (JSON and FHIR), and the real
 * security configuration (headers, CSRF, access), as the app runs.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(WebSliceSecurity.class)
public class StarterEngineConfiguration {

    @Bean
    RuleEngine ruleEngine() {
        return TestRuleSets.starterEngine();
    }

    @Bean
    CaseReader caseReader(Validator validator) {
        return new CaseReader(validator);
    }

    @Bean
    FhirCaseReader fhirCaseReader(CaseReader caseReader) {
        return new FhirCaseReader(FhirContext.forR4Cached(), caseReader, Clock.systemUTC());
    }
}
