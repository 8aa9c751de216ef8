package org.tumorboard.navigator.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * Who may do what, and the headers every response carries.
 * <ul>
 *   <li>Access: every page and API is public for now (there are no accounts yet); rules for protected addresses
 *   go above {@code anyRequest().permitAll()}.</li>
 *   <li>No user store: Boot's generated default user (and its printed password) is switched off in
 *   {@code application.properties} ({@code spring.autoconfigure.exclude}).</li>
 *   <li>CSRF protection is on for browser forms and off for the JSON API ({@code /api/**}) and the CDS Hooks
 *   service ({@code /cds-services/**}), whose clients send no cookies to protect.</li>
 *   <li>Swagger UI ({@code /swagger-ui.html}, {@code /swagger-ui/**}) gets a relaxed policy of its own
 *   ({@link #SWAGGER_UI_POLICY}).</li>
 *   <li>Headers on every response, including static files and errors: {@link #CONTENT_SECURITY_POLICY} (no inline
 *   script or style), {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY},
 *   {@code Referrer-Policy: same-origin}, and {@code Cache-Control: no-cache, no-store, …} unless the response
 *   sets its own (static files are cacheable: {@code spring.web.resources.cache.*}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; object-src 'none'";

    /** The headers on every response (Cache-Control only where the response has not set its own). */
    private static final List<HeaderWriter> HEADERS = List.of(
            new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
            new XContentTypeOptionsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
            new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN),
            new CacheControlHeadersWriter());

    /**
     * Swagger UI's own pages only: its stylesheet sets inline styles and data: images, so the policy allows those
     * (and still no inline script). Every other page keeps {@link #CONTENT_SECURITY_POLICY}.
     */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "object-src 'none'";

    /** The same headers as {@link #HEADERS}, with Swagger UI's policy. */
    private static final List<HeaderWriter> SWAGGER_UI_HEADERS = List.of(
            new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY),
            new XContentTypeOptionsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
            new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN),
            new CacheControlHeadersWriter());

    @Bean
    @Order(1)
    SecurityFilterChain swaggerUiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> {
                    headers.defaultsDisabled();
                    SWAGGER_UI_HEADERS.forEach(headers::addHeaderWriter);
                });
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // CDS Hooks clients (an EHR, the public sandbox) post JSON without cookies, like the API's.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/cds-services/**"))
                // CORS as Spring MVC configures it (the CDS Hooks sandbox on /cds-services/** only).
                .cors(Customizer.withDefaults())
                .exceptionHandling(errors -> errors.accessDeniedHandler(ErrorEndpoint::accessDenied))
                .headers(headers -> {
                    headers.defaultsDisabled();
                    HEADERS.forEach(headers::addHeaderWriter);
                });
        return http.build();
    }

    /** Writes the headers on a response that Spring Security refused before its own header writer ran. */
    static void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        HEADERS.forEach(writer -> writer.writeHeaders(request, response));
    }
}
