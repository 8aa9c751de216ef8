package org.tumorboard.navigator.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.accounts.Accounts;
import org.tumorboard.navigator.accounts.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Storage that fails while the app runs (a full disk, a file system turned read-only), on the embedded database's
 * real files ({@link FullDisk}): a write that cannot be stored is a 503 naming the reason, stores nothing of itself
 * (the review and its audit entry commit together, or neither), is logged as one ERROR line with the cause and no
 * stack trace, signed-in requests are 503s too (never 401 for valid credentials), and the app works again by itself
 * once the disk can be written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class StorageFailureTests {

    static final String PASSWORD = "a reviewer's long password";
    static final Path DATA = data();

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Path data() {
        FullDisk.register();
        try {
            return Files.createTempDirectory("tumor-board-full-disk");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:full:" + DATA.resolve("tumor-board") + ";WRITE_DELAY=0");
        registry.add("tumorboard.rules-dir", TestRuleSets.STARTER::toString);
    }

    /** The disk works again, and so does the database (the app reopens it at the first query). */
    @AfterEach
    void diskWorks() throws InterruptedException {
        FullDisk.failure = null;
        for (int i = 0; i < 50; i++) {
            try {
                jdbc.sql("select count(*) from account").query(Long.class).single();
                return;
            } catch (RuntimeException reopening) {
                Thread.sleep(100);
            }
        }
    }

    private HttpResponse<String> review(String reviewer, String rule) throws Exception {
        String basic = Base64.getEncoder().encodeToString((reviewer + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/rules/" + rule + "/reviews"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"verdict\": \"FAITHFUL\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long reviewsOf(String rule) {
        return jdbc.sql("select count(*) from review where rule_id = :rule").param("rule", rule).query(Long.class).single();
    }

    private long auditedReviewsOf(String rule) {
        return jdbc.sql("select count(*) from audit_entry where action = 'REVIEW' and target = :rule")
                .param("rule", rule).query(Long.class).single();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "No space left on device | the disk is full       | IRE-PACEMAKER",
            "Read-only file system   | the file system is read-only | IRE-METAL-STENT"})
    void aWriteThatCannotBeStoredIsA503StoresNothingAndTheAppRecoversByItself(String failure, String reason,
                                                                            String rule, CapturedOutput output)
            throws Exception {
        if (accounts.list().isEmpty()) {
            accounts.add("ann", Role.REVIEWER, PASSWORD);
            accounts.add("bob", Role.REVIEWER, PASSWORD);
        }
        assertThat(review("ann", rule).statusCode()).isEqualTo(201);
        int errorsBefore = errorLines(output);

        FullDisk.failure = failure;
        HttpResponse<String> refused = review("bob", rule);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("storage");
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo(reason);
        assertThat(refused.body()).doesNotContain(DATA.toString());
        assertThat(errorLines(output) - errorsBefore).as("one ERROR line for the refused write").isEqualTo(1);
        assertThat(output.toString().lines().filter(l -> l.startsWith("\tat ")).count())
                .as("no stack trace").isZero();

        FullDisk.failure = null;
        HttpResponse<String> again = null;
        for (int i = 0; i < 50; i++) {
            again = review("bob", rule);
            if (again.statusCode() == 201) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(again.statusCode()).as("the app works again once the disk can be written: " + again.body())
                .isEqualTo(201);
        assertThat(reviewsOf(rule)).as("ann's review and bob's second; the refused one is not stored").isEqualTo(2);
        assertThat(auditedReviewsOf(rule)).as("every stored review has its audit entry").isEqualTo(2);
    }

    @Test
    void validCredentialsWhileTheDatabaseIsDownAreA503NotA401() throws Exception {
        if (accounts.list().isEmpty()) {
            accounts.add("ann", Role.REVIEWER, PASSWORD);
            accounts.add("bob", Role.REVIEWER, PASSWORD);
        }
        FullDisk.failure = FullDisk.NO_SPACE;
        review("ann", "IRE-PACEMAKER-UNKNOWN");   // the failed write closes the database
        HttpResponse<String> signedIn = review("bob", "IRE-PACEMAKER-UNKNOWN");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(503);
    }

    private static int errorLines(CapturedOutput output) {
        return (int) output.toString().lines().filter(l -> l.contains(" ERROR ") && l.contains("Storage unavailable"))
                .count();
    }
}
