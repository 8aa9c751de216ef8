package org.tumorboard.navigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The whole app over real HTTP: the headers on every kind of response, CSRF, and no generated password. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String accept) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept);
    }

    /** Every kind of response: a page, JSON, a static file, errors for browsers and for API clients, a POST. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GET  | /                      | text/html        | 200 | text/html",
        "GET  | /literature            | text/html        | 200 | text/html",
        "GET  | /api/rules             | application/json | 200 | application/json",
        "GET  | /cases/evaluation.json?stage=METASTATIC | application/json | 200 | application/json",
        "GET  | /css/app.css           | text/css         | 200 | text/css",
        "GET  | /no-such-page          | text/html        | 404 | text/html",
        "GET  | /api/no-such-thing     | application/json | 404 | application/problem+json",
        "POST | /api/evaluations       | application/json | 400 | application/problem+json"})
    void everyResponseCarriesTheSecurityHeaders(String method, String path, String accept, int status,
                                                String type) throws Exception {
        HttpResponse<String> response = send(request(path, accept).header("Content-Type", "application/json")
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(type));
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).startsWith("default-src 'self';")
                .contains("frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        String cacheControl = response.headers().firstValue("Cache-Control").orElse("");
        if (type.equals("text/css")) {
            assertThat(cacheControl).isEqualTo("max-age=3600");
        } else {
            assertThat(cacheControl).contains("no-store");
        }
    }

    @Test
    void theApiNeedsNoCsrfTokenButBrowserFormsDo() throws Exception {
        String body = Files.readString(Path.of("src/test/resources/cases/lapc-head-stent.json"));
        HttpResponse<String> api = send(request("/api/evaluations", "application/json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(api.statusCode()).isEqualTo(200);
        HttpResponse<String> form = send(request("/cases/evaluation", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("stage=METASTATIC")));
        assertThat(form.statusCode()).as("a POST without a CSRF token").isEqualTo(403);
    }

    /**
     * Boot would otherwise create a user named "user" with a generated password and print it at start: the only
     * user store is the accounts database, and it starts without any account.
     */
    @Test
    void noDefaultUserOrGeneratedPasswordIsCreated(@Autowired ApplicationContext context,
                                                   @Autowired org.tumorboard.navigator.accounts.Accounts accounts) {
        assertThat(context.getBeansOfType(UserDetailsService.class).values())
                .singleElement().extracting(s -> s.getClass().getPackageName())
                .isEqualTo("org.tumorboard.navigator.accounts");
        assertThat(accounts.list()).isEmpty();
    }
}
