package org.tumorboard.navigator.results;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tumorboard.navigator.engine.EvaluationJson;
import org.tumorboard.navigator.engine.RuleEngine;
import tools.jackson.databind.json.JsonMapper;

/** Evaluations written from parts serialized once per rule set, by the app's own JSON mapper's rules ({@link EvaluationResponses}). */
@Configuration(proxyBeanMethods = false)
class EvaluationJsonConfiguration {

    @Bean
    EvaluationJson evaluationJson(JsonMapper mapper, RuleEngine engine) {
        return new EvaluationJson(mapper, engine);
    }
}
