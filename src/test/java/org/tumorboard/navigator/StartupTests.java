package org.tumorboard.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.tumorboard.navigator.engine.RuleEngine;

/** A real start, as {@code main} does it: readiness waits for the rule set, and HAPI's context waits for a FHIR request. */
class StartupTests {

    @Test
    void readinessWaitsForTheRuleSet() throws Exception {
        List<Boolean> builtWhenReady = new ArrayList<>();
        SpringApplication application = new SpringApplication(TumorBoardApplication.class);
        application.addListeners((ApplicationListener<AvailabilityChangeEvent<?>>) event -> {
            if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                builtWhenReady.add(((ApplicationContext) event.getSource()).getBean(RuleEngine.class).built());
            }
        });
        try (ConfigurableApplicationContext context = application.run("--server.port=0",
                "--tumorboard.rules-dir=" + TestRuleSets.STARTER)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpResponse<String> home = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(context.getBeanFactory().containsSingleton("fhirContext"))
                    .as("HAPI's context is made by the first FHIR request, not at start").isFalse();
            assertThat(context.getBean(RuleEngine.class).ruleSet().directory())
                    .isEqualTo(TestRuleSets.STARTER.toAbsolutePath().normalize());
        }
        assertThat(builtWhenReady).containsExactly(true);
    }
}
