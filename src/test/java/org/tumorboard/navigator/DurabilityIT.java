package org.tumorboard.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tumorboard.navigator.TestDatabases.Vendor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar on each database: an account made with {@code user add}, 20 reviews acknowledged over HTTP
 * (HTTP Basic), then {@code kill -9} at once; restarted, the app still has all 20. The release gate then reads the
 * same database and names the rules that are not approved.
 */
class DurabilityIT {

    private static final Path JAR = Path.of(System.getProperty("tumorboard.jar", "target/tumor-board.jar"));
    private static final String RULES = "src/test/resources/rulesets/starter";
    private static final List<String> RULE_IDS = List.of("IRE-PACEMAKER", "IRE-PACEMAKER-UNKNOWN", "IRE-METAL-STENT",
            "DERIVED-LOCALLY-ADVANCED");
    private static final String PASSWORD = "a long enough password";
    private static final Pattern PORT = Pattern.compile("started on port[^0-9]*(\\d+)");
    private static final int REVIEWS = 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static List<String> settings(Vendor vendor) throws IOException {
        return switch (vendor) {
            case H2 -> List.of("--tumorboard.data-dir=" + Files.createTempDirectory("tumor-board-data"));
            case POSTGRESQL -> List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + TestDatabases.newPostgresDatabase(),
                    "--spring.datasource.username=postgres");
        };
    }

    static List<String> java(List<String> args, List<String> settings) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(args);
        command.addAll(settings);
        command.add("--tumorboard.rules-dir=" + RULES);
        return command;
    }

    /** Runs a subcommand to its end; returns its exit status and stdout. */
    static CommandRun run(List<String> args, List<String> settings, String stdin) throws Exception {
        List<String> command = java(args, settings);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new CommandRun(process.exitValue(), out);
    }

    record CommandRun(int exit, String stdout) {
    }

    /** A started app: its process, its port, and the lines it has logged so far. */
    record App(Process process, int port, List<String> log) {
    }

    static App start(List<String> settings) throws Exception {
        Process process = new ProcessBuilder(java(List.of("--server.port=0"), settings)).redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    log.add(line);
                    Matcher m = PORT.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
                port.completeExceptionally(new IllegalStateException("the app ended before listening"));
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        return new App(process, port.get(120, TimeUnit.SECONDS), log);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void twentyAcknowledgedReviewsSurviveKillMinusNine(Vendor vendor) throws Exception {
        List<String> settings = settings(vendor);
        CommandRun added = run(List.of("user", "add", "ann", "--role", "REVIEWER"), settings, PASSWORD + "\n");
        assertThat(added.exit()).as(added.stdout()).isZero();

        App app = start(settings);
        try {
            String basic = "Basic " + Base64.getEncoder().encodeToString(("ann:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < REVIEWS; i++) {
                String rule = RULE_IDS.get(i % RULE_IDS.size());
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + app.port() + "/api/rules/" + rule + "/reviews"))
                        .header("Authorization", basic).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"verdict\": \"NEEDS_CHANGE\", \"comment\": \"review " + i + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            }
        } finally {
            app.process().destroyForcibly();
            assertThat(app.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(app.process().exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);

        App restarted = start(settings);
        try {
            int kept = 0;
            for (String rule : RULE_IDS) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + restarted.port() + "/api/rules/" + rule + "/reviews")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                kept += JsonMapper.builder().build().readTree(response.body()).at("/reviews").size();
            }
            assertThat(kept).isEqualTo(REVIEWS);
        } finally {
            restarted.process().destroy();
            restarted.process().waitFor(60, TimeUnit.SECONDS);
        }

        CommandRun gate = run(List.of("verify", "--require-approved", RULES), settings, "");
        assertThat(gate.exit()).as(gate.stdout()).isEqualTo(1);
        assertThat(gate.stdout()).contains("ire-devices.drl:6: rule IRE-PACEMAKER is CHANGES_REQUESTED, not APPROVED")
                .contains("release gate: 0 of 4 rules approved on their current fingerprint");
    }
}
