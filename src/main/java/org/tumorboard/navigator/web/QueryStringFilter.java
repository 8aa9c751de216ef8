package org.tumorboard.navigator.web;

import org.tumorboard.navigator.intake.FieldProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query string that is not valid percent-encoded UTF-8 ({@code label=%ff}, {@code age=%zz}) is rejected with
 * 400 before any controller asks for a parameter (which would fail deep inside the servlet container), naming each
 * parameter at fault; {@link ErrorEndpoint} answers it like every other error. Runs after Spring Security, so the
 * answer carries the security headers.
 */
@Component
@Order(0)
class QueryStringFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldProblem> faults = faults(request.getQueryString());
        if (faults.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(Problems.FAULTS, faults);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** Each parameter of a raw query string whose name or value cannot be decoded. */
    static List<FieldProblem> faults(String query) {
        List<FieldProblem> faults = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return faults;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name == null) {
                faults.add(new FieldProblem("query", "a parameter name is not valid percent-encoded UTF-8"));
            } else if (value == null) {
                faults.add(new FieldProblem(Faults.echo(name), "is not valid percent-encoded UTF-8"));
            }
        }
        return faults;
    }

    /** Strict {@code application/x-www-form-urlencoded} decoding as UTF-8; null where it fails. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c <= 0xff) {
                bytes.write(c == '+' ? ' ' : c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
