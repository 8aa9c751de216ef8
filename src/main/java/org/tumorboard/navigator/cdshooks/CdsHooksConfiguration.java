package org.tumorboard.navigator.cdshooks;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tumorboard.navigator.engine.RuleEngine;

/**
 * The card builder, and CORS for the public CDS Hooks sandbox, which calls the service from
 * the browser: on {@code /cds-services/**} only.
 */
@Configuration(proxyBeanMethods = false)
class CdsHooksConfiguration implements WebMvcConfigurer {

    static final String SANDBOX = "https://sandbox.cds-hooks.org";

    @Bean
    CardBuilder cardBuilder(MessageSource messages, RuleEngine engine) {
        var review = engine.ruleSet().literature().review();
        return new CardBuilder(messages, consideration -> true,
                review == null ? "The 2021 review" : review.shortName());
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping(CdsServicesController.PATH + "/**")
                .allowedOrigins(SANDBOX)
                .allowedMethods("GET", "POST", "OPTIONS")
                .allowedHeaders("Authorization", "Content-Type");
    }
}
