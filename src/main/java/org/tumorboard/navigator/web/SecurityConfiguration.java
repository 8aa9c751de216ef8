package org.tumorboard.navigator.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.tumorboard.navigator.storage.StorageUnavailable;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.tumorboard.navigator.accounts.Role;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * Who may do what, and the headers every response carries.
 * <ul>
 *   <li>Access: reading (every page and {@code GET} of the API) is open to everyone. Recording a review needs a
 *   {@code REVIEWER} account, adding to a discussion any account; reloading the rule set and reading the audit log
 *   need {@code MAINTAINER}, and so does the impact page ({@code /maintenance/**}). Accounts live in the database ({@code accounts}); there is no default one, and Boot's
 *   generated user is switched off in {@code application.properties}.</li>
 *   <li>Pages: form login ({@code /login}), sign-out ({@code POST /logout}), CSRF protection on every form; the
 *   session cookie is HttpOnly and SameSite ({@code server.servlet.session.cookie.*}).</li>
 *   <li>CSRF protection is off for the CDS Hooks service ({@code /cds-services/**}), whose clients send no
 *   cookies to protect; CORS there as Spring MVC configures it (the public sandbox only).</li>
 *   <li>Swagger UI ({@code /swagger-ui.html}, {@code /swagger-ui/**}) gets a relaxed policy of its own
 *   ({@link #SWAGGER_UI_POLICY}).</li>
 *   <li>The JSON API ({@code /api/**}): HTTP Basic, stateless (no session is created, so no CSRF token is needed:
 *   there is no cookie to ride on); 401 without or with wrong credentials, 403 for the wrong role.</li>
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

    private static final String REVIEWER = Role.REVIEWER.name();
    private static final String MAINTAINER = Role.MAINTAINER.name();

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
    @Order(0)
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
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/rules/*/reviews").hasRole(REVIEWER)
                        .requestMatchers("/api/rule-set/**", "/api/cds-feedback").hasRole(MAINTAINER)
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::basicRefused))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return common(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/rules/*/reviews").hasRole(REVIEWER)
                        .requestMatchers(HttpMethod.POST, "/rules/*/comments").authenticated()
                        .requestMatchers("/audit", "/rule-set/**", "/maintenance/**").hasRole(MAINTAINER)
                        .anyRequest().permitAll())
                // CDS Hooks clients (an EHR, the public sandbox) post JSON without cookies, like the API's.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/cds-services/**"))
                .cors(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login").failureHandler(SecurityConfiguration::signInFailed).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        return common(http).build();
    }

    /** What both chains share: the error answer for a refused request and the headers. */
    private static HttpSecurity common(HttpSecurity http) throws Exception {
        return http.exceptionHandling(errors -> errors.accessDeniedHandler(ErrorEndpoint::accessDenied))
                .headers(headers -> {
                    headers.defaultsDisabled();
                    HEADERS.forEach(headers::addHeaderWriter);
                });
    }

    private static final BasicAuthenticationEntryPoint BASIC = basic();
    private static final SimpleUrlAuthenticationFailureHandler SIGN_IN_FAILED =
            new SimpleUrlAuthenticationFailureHandler("/login?error");

    private static BasicAuthenticationEntryPoint basic() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Tumor Board Navigator");
        return basic;
    }

    /** HTTP Basic refused: 401 asking for credentials, or 503 where the accounts could not be read (storage). */
    private static void basicRefused(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException refused) throws IOException {
        if (StorageUnavailable.is(refused.getCause())) {
            StorageProblems.mark(request, refused.getCause());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        BASIC.commence(request, response, refused);
    }

    /** A failed form sign-in: back to the form, or 503 where the accounts could not be read (storage). */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException refused) throws IOException, ServletException {
        if (StorageUnavailable.is(refused.getCause())) {
            StorageProblems.mark(request, refused.getCause());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        SIGN_IN_FAILED.onAuthenticationFailure(request, response, refused);
    }

    /** Writes the headers on a response that Spring Security refused before its own header writer ran. */
    static void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        HEADERS.forEach(writer -> writer.writeHeaders(request, response));
    }
}
