package org.tumorboard.navigator.web;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * The deadline for a request's headers, whatever a client sends: a connection that is not in a request (still
 * sending a request line and headers, one byte at a time or not at all) for longer than {@code headers} since it
 * was opened or its last request ended is closed. Tomcat's own time-outs count from the last byte read, so a client
 * that trickles its headers would otherwise hold its connection for ever. Once the headers are in, the request is
 * in service and {@link BodyDeadlineFilter} holds its body to a deadline of its own.
 * <p>A sweep runs twice a second over the connections of the {@link Protocol} (the connector's protocol, so that
 * its connections can be listed); requests are matched to connections by the client's address and port.
 */
final class ConnectionDeadlines {

    /** Tomcat's NIO protocol, with its open connections listed. */
    public static final class Protocol extends Http11NioProtocol {

        Set<? extends SocketWrapperBase<?>> connections() {
            return getEndpoint().getConnections();
        }
    }

    private static final long SWEEP_MILLIS = 500;

    private final long headersNanos;
    private final Set<Protocol> protocols = ConcurrentHashMap.newKeySet();
    /** Connections in a request, by client address and port. */
    private final Set<String> inService = ConcurrentHashMap.newKeySet();
    /** When each connection's last request ended, by client address and port. */
    private final Map<String, Long> lastEnded = new ConcurrentHashMap<>();
    /** When a sweep first saw each connection. */
    private final Map<SocketWrapperBase<?>, Long> firstSeen = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService sweeper;

    ConnectionDeadlines(Duration headers) {
        this.headersNanos = headers.toNanos();
    }

    /** Watches the connections of this protocol from now on. */
    void watch(Protocol protocol) {
        protocols.add(protocol);
        synchronized (this) {
            if (sweeper == null) {
                sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread thread = new Thread(r, "connection-deadlines");
                    thread.setDaemon(true);
                    return thread;
                });
                sweeper.scheduleWithFixedDelay(() -> sweep(System.nanoTime()), SWEEP_MILLIS, SWEEP_MILLIS,
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    void stop() {
        ScheduledExecutorService running = sweeper;
        if (running != null) {
            running.shutdownNow();
        }
    }

    /** The key of a connection or of a request on it. */
    static String key(String address, int port) {
        return address + ":" + port;
    }

    void requestStarted(String key) {
        inService.add(key);
    }

    void requestEnded(String key) {
        lastEnded.put(key, System.nanoTime());
        inService.remove(key);
    }

    /** Closes every connection that has been out of a request for longer than the deadline. */
    void sweep(long now) {
        Set<String> open = new HashSet<>();
        Set<SocketWrapperBase<?>> seen = new HashSet<>();
        for (Protocol protocol : protocols) {
            for (SocketWrapperBase<?> connection : protocol.connections()) {
                if (connection.isClosed()) {
                    continue;
                }
                seen.add(connection);
                String key = key(connection.getRemoteAddr(), connection.getRemotePort());
                open.add(key);
                long since = Math.max(firstSeen.computeIfAbsent(connection, c -> now),
                        lastEnded.getOrDefault(key, Long.MIN_VALUE));
                if (!inService.contains(key) && now - since > headersNanos) {
                    connection.close();
                }
            }
        }
        firstSeen.keySet().retainAll(seen);
        lastEnded.keySet().retainAll(open);
    }
}
