package org.tumorboard.navigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Odd and wrong requests, sent as raw HTTP (so nothing on the client side tidies them up) to the whole app: each is
 * answered in the product's one format, problem+json naming what is at fault or the friendly page, with the
 * security headers, and without a stack trace in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ErrorResponsesTests {

    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

    @LocalServerPort
    int port;

    record Response(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /** One request on its own connection; the server closes it after answering ({@code Connection: close}). */
    private Response send(String method, String target, Map<String, String> headers, String body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            if (!body.isEmpty()) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Response parse(InputStream in) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        List<String> lines = text.substring(0, end).lines().toList();
        Map<String, String> headers = new java.util.HashMap<>();
        lines.stream().skip(1).forEach(line -> headers.put(line.substring(0, line.indexOf(':')).toLowerCase(),
                line.substring(line.indexOf(':') + 1).strip()));
        String body = text.substring(end + 4);
        if ("chunked".equals(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Response(Integer.parseInt(lines.get(0).split(" ")[1]), headers, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            // sizes count bytes; the bodies here are ASCII apart from the odd echoed character
            byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
            body.append(chunk);
            at = lineEnd + 2 + chunk.length() + 2;
        }
        return body.toString();
    }

    static Stream<Arguments> apiErrors() {
        return Stream.of(
                Arguments.of("GET", "/cases/evaluation.json?stage=METASTATIC&label=%ff", Map.of(), "", 400, "label"),
                Arguments.of("GET", "/cases/evaluation.json?stage=METASTATIC&label=%zz", Map.of(), "", 400, "label"),
                Arguments.of("GET", "/rules/..%2f..%2fetc%2fpasswd", Map.of("Accept", "application/json"), "", 400,
                        "path"),
                Arguments.of("GET", "/rules/a;b", Map.of("Accept", "application/json"), "", 400, "path"),
                Arguments.of("POST", "/api/evaluations", Map.of("Content-Type", "text/plain"), "x", 415,
                        "Content-Type"),
                Arguments.of("POST", "/api/evaluations", Map.of("Content-Type", "application/json",
                        "Accept", "text/csv"), "{\"stage\":\"METASTATIC\"}", 406, "Accept"),
                Arguments.of("DELETE", "/api/evaluations", Map.of(), "", 405, "method"),
                Arguments.of("TRACE", "/api/evaluations", Map.of(), "", 501, "method"),
                Arguments.of("GET", "/literature?modality=NOPE", Map.of("Accept", "application/json"), "", 400,
                        "modality"),
                Arguments.of("POST", "/cases/evaluation", Map.of("Content-Type", "application/x-www-form-urlencoded",
                        "Accept", "application/json"), "stage=METASTATIC", 403, "_csrf"),
                Arguments.of("GET", "/nope", Map.of("Accept", "text/html;q=abc"), "", 404, null),
                Arguments.of("GET", "/nope", Map.of("Accept", "/"), "", 404, null),
                Arguments.of("GET", "/nope", Map.of("Accept", "text/html;charset=\""), "", 404, null),
                Arguments.of("GET", "/error", Map.of(), "", 404, null),
                Arguments.of("GET", "/api/nope", Map.of("Accept", HTML), "", 404, null));
    }

    @ParameterizedTest
    @MethodSource("apiErrors")
    void apiAndJsonAddressesAndNonBrowsersGetProblemDetailsNamingWhatIsAtFault(
            String method, String target, Map<String, String> headers, String body, int status, String field,
            CapturedOutput output) throws Exception {
        Response response = send(method, target, headers, body);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.header("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        if (field == null) {
            assertThat(problem.has("errors")).isFalse();
        } else {
            assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                    .containsExactly(field);
            assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
        }
        assertThat(response.body()).doesNotContain("Exception", "tools.jackson", "org.springframework", "\tat ");
        assertThat(response.header("Allow")).as("Allow lists only what the address takes")
                .isIn(null, "POST");
        assertThat(output.getAll()).doesNotContain("\tat ", "Exception:", " ERROR ");
    }

    static Stream<Arguments> browserErrors() {
        return Stream.of(
                Arguments.of("/cases/evaluation?stage=METASTATIC&label=%ff", 400, "Something went wrong"),
                Arguments.of("/rules/..%2f..%2fetc%2fpasswd", 400, "Something went wrong"),
                Arguments.of("/literature?modality=NOPE", 400, "Something went wrong"),
                Arguments.of("/rules/NO-SUCH-RULE", 404, "Page not found"),
                Arguments.of("/error", 404, "Page not found"),
                Arguments.of("/cases/evaluation?stage=NOPE", 400, "New case"));
    }

    @ParameterizedTest
    @MethodSource("browserErrors")
    void browsersGetTheFriendlyPage(String target, int status, String title, CapturedOutput output) throws Exception {
        Response response = send("GET", target, Map.of("Accept", HTML), "");
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.body()).contains("<title>" + title).contains("<footer")
                .doesNotContain("Exception", "\tat ");
        assertThat(response.header("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(output.getAll()).doesNotContain("\tat ", " ERROR ");
    }
}
