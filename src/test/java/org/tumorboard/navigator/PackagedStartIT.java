package org.tumorboard.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The packaged jar as shipped: it starts on its defaults and serves the pages and the API. */
class PackagedStartIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theJarStartsAndServesPagesAndEvaluations() throws Exception {
        Path data = Files.createTempDirectory("tumor-board-data");
        DurabilityIT.App app = DurabilityIT.start(List.of("--tumorboard.data-dir=" + data));
        try {
            servesPagesAndEvaluations(app.port());
        } finally {
            stop(app);
        }
    }

    private void servesPagesAndEvaluations(int port) throws Exception {
        for (String page : List.of("/", "/rules", "/literature", "/login")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + page)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(page).isEqualTo(200);
        }
        HttpResponse<String> evaluation = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/evaluations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"stage\": \"LOCALLY_ADVANCED\", \"pacemaker\": true, \"metalBiliaryStent\": false}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(evaluation.statusCode()).as(evaluation.body()).isEqualTo(200);
        List<String> rules = new ArrayList<>();
        for (JsonNode consideration : JsonMapper.builder().build().readTree(evaluation.body()).path("considerations")) {
            rules.add(consideration.path("ruleId").asString());
        }
        assertThat(rules).contains("IRE-PACEMAKER");
    }

    private static void stop(DurabilityIT.App app) throws InterruptedException {
        app.process().destroy();
        assertThat(app.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
}
