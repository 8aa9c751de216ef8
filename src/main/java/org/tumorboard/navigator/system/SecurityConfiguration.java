package org.tumorboard.navigator.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what, and the headers every response carries.
 * <ul>
 *   <li>Access: every page and API is public for now (there are no accounts yet); rules for protected addresses
 *   go above {@code anyRequest().permitAll()}.</li>
 *   <li>No user store: Boot's generated default user (and its printed password) is switched off in
 *   {@code application.properties} ({@code spring.autoconfigure.exclude}).</li>
 *   <li>CSRF protection is on for browser forms and off for the JSON API ({@code /api/**}), whose clients send no
 *   cookies to protect.</li>
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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
