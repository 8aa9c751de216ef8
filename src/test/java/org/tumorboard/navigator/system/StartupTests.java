package org.tumorboard.navigator.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.TumorBoardApplication;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSetLoader;
import org.tumorboard.navigator.scenarios.ScenarioLibrary;

/**
 * A real start, as {@code main} does it: the rule set is built once, readiness waits for it, and the scenarios are
 * read in the background once it is built; the next start reads the rules the first compiled.
 */
class StartupTests {

    @Test
    void theRuleSetIsBuiltOncePerStartAndReadinessWaitsForIt() throws Exception {
        List<Boolean> builtWhenReady = new ArrayList<>();
        SpringApplication application = TumorBoardApplication.application();
        application.addListeners((ApplicationListener<AvailabilityChangeEvent<?>>) event -> {
            if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                builtWhenReady.add(((ApplicationContext) event.getSource()).getBean(RuleEngine.class).built());
            }
        });
        long before = RuleSetLoader.builds();
        try (ConfigurableApplicationContext context = application.run("--server.port=0",
                "--tumorboard.rules-dir=" + TestRuleSets.STARTER)) {
            ScenarioLibrary scenarios = context.getBean(ScenarioLibrary.class);
            for (int i = 0; i < 200 && !scenarios.isRead(); i++) {
                Thread.sleep(50);
            }
            assertThat(scenarios.isRead()).as("the scenarios are read once the rule set is built, before any request")
                    .isTrue();
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
        assertThat(RuleSetLoader.builds() - before).as("rule set builds in one start").isEqualTo(1);
        assertThat(builtWhenReady).containsExactly(true);
    }

    @Test
    void aStartReadsTheRulesTheStartBeforeCompiledWhileTheirFilesAreUnchanged(@TempDir Path cache) throws Exception {
        assertThat(compilationsInOneStart(cache)).as("the first start compiles").isEqualTo(1);
        assertThat(cache).isDirectoryContaining(file -> file.getFileName().toString().endsWith(".compiled-rules"));
        assertThat(compilationsInOneStart(cache)).as("the next reads what it compiled").isZero();
    }

    /** Starts the app over the starter rules with the given cache, asks for the home page, and stops it. */
    private static long compilationsInOneStart(Path cache) throws Exception {
        long before = RuleSetLoader.builds();
        try (ConfigurableApplicationContext context = TumorBoardApplication.application().run("--server.port=0",
                "--tumorboard.rules-dir=" + TestRuleSets.STARTER, "--tumorboard.rule-cache-dir=" + cache)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpResponse<String> home = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(context.getBean(RuleEngine.class).ruleSet().rules()).isNotEmpty();
        }
        return RuleSetLoader.builds() - before;
    }
}
