package org.tumorboard.navigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests Tomcat refuses before the app sees them are answered like every other error: problem details naming what
 * is at fault, with every security header, never Tomcat's HTML page; and nothing is logged with a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TomcatRejectionsTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /%00 HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET /rules%5c.. HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET /..;/rules HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET /rules HTTP/1.1\r\nHost: localhost\r\nContent-Length: twelve\r\n\r\n",
            "GET /rules HTTP/1.1\r\nHost: localhost\r\nX-Big: HUGE\r\n\r\n",
            "CONNECT localhost:80 HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET /rules HTTP/1.1\r\nHost: local host\r\n\r\n",
            "GET /rules HTTP/9.9\r\nHost: localhost\r\n\r\n"})
    void aRefusedRequestGetsProblemDetailsWithTheSecurityHeaders(String request, CapturedOutput output)
            throws Exception {
        String response = send(request.replace("HUGE", "x".repeat(20_000)));
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).toLowerCase();
        assertThat(response).as(response).matches("(?s)HTTP/1.1 [45]\\d\\d .*");
        assertThat(head).contains("content-type: application/problem+json")
                .contains("content-security-policy: default-src 'self'").contains("x-content-type-options: nosniff")
                .contains("x-frame-options: deny");
        assertThat(response).contains("\"errors\":[{\"field\":").doesNotContain("<html").doesNotContain("style")
                .doesNotContain("Tomcat").doesNotContain("Exception");
        assertThat(output.toString()).doesNotContain("\tat ");
    }

    /** An address the app writes is never built from the request's Host header: redirects are relative. */
    @ParameterizedTest
    @ValueSource(strings = {"/audit", "/maintenance/impact"})
    void aRedirectNeverNamesTheRequestsHost(String page) throws Exception {
        String response = send("GET " + page + " HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 302").containsIgnoringCase("\r\nLocation: /login")
                .doesNotContain("evil.example");
    }

    private String send(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes.write(buffer, 0, n);
                    if (bytes.toString(StandardCharsets.ISO_8859_1).contains("}]}")) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // what arrived is the answer
            }
            return bytes.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
