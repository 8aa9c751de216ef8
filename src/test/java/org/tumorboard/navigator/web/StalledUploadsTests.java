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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Slow clients cannot take the server down, whatever they send: with {@value #SLOW} connections on loopback that
 * stall or trickle (headers and a large {@code Content-Length} then nothing; a body one byte every two seconds;
 * headers one byte every two seconds), normal requests are answered within {@link #ANSWERED_WITHIN}, and the server
 * closes every slow connection within {@link #CLOSED_WITHIN} of its start ({@link SlowClients}). A behavioural
 * check, bounded in time; the figures at 1,000 connections are measured by {@code src/test/bench/slow-clients.sh}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StalledUploadsTests {

    static final int SLOW = 300;
    static final Duration ANSWERED_WITHIN = Duration.ofSeconds(1);
    static final Duration CLOSED_WITHIN = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    enum Shape {
        /** Headers with a large Content-Length, then nothing. */
        STALLED_BODY("POST /api/evaluations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100000\r\n\r\n{\"stage\":", false),
        /** A body one byte every two seconds. */
        TRICKLING_BODY("POST /api/evaluations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100000\r\n\r\n", true),
        /** The headers one byte every two seconds (never finished). */
        TRICKLING_HEADERS("GET /rules HTTP/1.1\r\nHost: localhost\r\nX-Slow: ", true);

        final String start;
        final boolean trickles;

        Shape(String start, boolean trickles) {
            this.start = start;
            this.trickles = trickles;
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void slowConnectionsNeitherBlockOtherRequestsNorStayOpen(Shape shape) throws Exception {
        List<Socket> slow = new ArrayList<>();
        List<Long> started = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < SLOW; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                started.add(System.nanoTime());
                socket.getOutputStream().write(shape.start.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            if (shape.trickles) {
                trickle.scheduleAtFixedRate(() -> slow.forEach(StalledUploadsTests::oneByte), 2, 2, TimeUnit.SECONDS);
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(ANSWERED_WITHIN).build();
            for (int i = 0; i < 5; i++) {
                long before = System.nanoTime();
                HttpResponse<String> normal = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/rules")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(normal.statusCode()).as("a normal request while %d connections are slow", SLOW).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(ANSWERED_WITHIN);
                Thread.sleep(1000);
            }
            for (int i = 0; i < slow.size(); i++) {
                long left = started.get(i) + CLOSED_WITHIN.toNanos() - System.nanoTime();
                assertThat(closedWithin(slow.get(i), Math.max(1, left / 1_000_000)))
                        .as("slow connection %d closed within %s of its start", i, CLOSED_WITHIN).isTrue();
            }
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private static void oneByte(Socket socket) {
        try {
            socket.getOutputStream().write('x');
            socket.getOutputStream().flush();
        } catch (IOException closed) {
            // the server has closed it
        }
    }

    /** Reads whatever the server answers (a 408, say) until it closes; false if it is still open after the time. */
    private static boolean closedWithin(Socket socket, long millis) throws IOException {
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, millis));
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        long end = System.nanoTime() + millis * 1_000_000;
        try {
            while (System.nanoTime() < end) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;   // reset by the server: closed as well
        }
    }
}
