package org.tumorboard.navigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Slow clients cannot take the server down: with {@value #STALLED} connections on loopback that sent their headers
 * and a {@code Content-Length} but stall their body, a normal request is still answered within
 * {@link #ANSWERED_WITHIN}, and a stalled connection is dropped by the server within {@link #DROPPED_WITHIN}
 * ({@code server.tomcat.connection-timeout}, {@code server.tomcat.threads.max}). A behavioural check with generous
 * limits, not a benchmark; every socket is closed at the end, whatever happens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StalledUploadsTests {

    static final int STALLED = 300;
    static final Duration ANSWERED_WITHIN = Duration.ofSeconds(2);
    static final Duration DROPPED_WITHIN = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Test
    void stalledUploadsNeitherBlockOtherRequestsNorStayOpen() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.getOutputStream().write(("POST /api/evaluations HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"stage\":")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(ANSWERED_WITHIN).build();
            HttpResponse<String> normal = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/rules")).timeout(ANSWERED_WITHIN).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(normal.statusCode()).as("a normal request while %d uploads stall", STALLED).isEqualTo(200);

            Socket first = stalled.get(0);
            first.setSoTimeout((int) DROPPED_WITHIN.toMillis());
            assertThat(readUntilClosed(first.getInputStream())).as("the server closed the stalled connection")
                    .isTrue();
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /** Reads whatever the server answers (perhaps a 408 or 400) until it closes; false if it stays open. */
    private static boolean readUntilClosed(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        try {
            for (int i = 0; i < 1000; i++) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server: closed as well
        }
    }
}
