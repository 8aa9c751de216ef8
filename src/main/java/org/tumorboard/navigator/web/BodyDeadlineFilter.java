package org.tumorboard.navigator.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tumorboard.navigator.intake.FieldProblem;

/**
 * Every request body is read without holding a thread, to a deadline: the first filter of the container starts
 * asynchronous processing and reads the body as it arrives (non-blocking servlet input); once it is complete, the
 * request is dispatched again and the rest of the chain runs with the body from memory ({@link BufferedRequest}),
 * as the request it is (its dispatcher type stays {@code REQUEST}, so every filter, CSRF's included, runs as for
 * any request). A body that has not arrived within {@code deadline} of the headers, however slowly it trickles, is
 * answered 408 and its connection closed; a body over {@code maxBytes} (more than any door takes) 413 without
 * reading it. So clients that stall or trickle their bodies take no worker thread from anyone else. Requests without
 * a body run the chain at once.
 * <p>Registered in Tomcat's context only ({@link SlowClients}), for the {@code REQUEST} and {@code ASYNC}
 * dispatches, so that tests driving the app through MockMvc read bodies as before.
 */
final class BodyDeadlineFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(BodyDeadlineFilter.class);
    /** Request attribute: the body, read ({@code byte[]}), or why it was not ({@link FieldProblem}). */
    private static final String READ = BodyDeadlineFilter.class.getName() + ".read";

    private final ConnectionDeadlines connections;
    private final long deadlineMillis;
    private final int maxBytes;

    BodyDeadlineFilter(ConnectionDeadlines connections, Duration deadline, int maxBytes) {
        this.connections = connections;
        this.deadlineMillis = deadline.toMillis();
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getDispatcherType() == DispatcherType.ASYNC && request.getAttribute(READ) != null) {
            Object read = request.getAttribute(READ);
            request.removeAttribute(READ);
            if (read instanceof FieldProblem refused) {
                reject(request, response, refused);
                return;
            }
            BufferedRequest buffered = BufferedRequest.of(request, (byte[]) read);
            if (buffered == null) {
                reject(request, response, new FieldProblem("body", "is not valid form encoding (percent-encoded UTF-8)"));
            } else {
                chain.doFilter(buffered, response);
            }
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(req, res);
            return;
        }
        String key = ConnectionDeadlines.key(request.getRemoteAddr(), request.getRemotePort());
        connections.requestStarted(key);
        boolean reading = false;
        try {
            if (!hasBody(request)) {
                chain.doFilter(request, response);
            } else if (request.getContentLengthLong() > maxBytes) {
                reject(request, response, tooLarge());
            } else {
                AsyncContext async = request.startAsync(request, response);
                async.setTimeout(deadlineMillis);
                Reader reader = new Reader(async, request, key);
                async.addListener(reader);
                reading = true;
                request.getInputStream().setReadListener(reader);
            }
        } finally {
            if (!reading) {
                connections.requestEnded(key);
            }
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private FieldProblem tooLarge() {
        return new FieldProblem("body", "is larger than " + maxBytes + " bytes");
    }

    /**
     * Answers through the error page ({@link ErrorEndpoint}): 408 for a body that did not arrive in time, 413 for one
     * too large, 400 otherwise; the connection is closed, since the rest of the body is not read.
     */
    private static void reject(HttpServletRequest request, HttpServletResponse response, FieldProblem problem)
            throws IOException {
        int status = problem.message().startsWith("is larger") ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                : problem.message().startsWith("did not arrive") ? HttpServletResponse.SC_REQUEST_TIMEOUT
                : HttpServletResponse.SC_BAD_REQUEST;
        request.setAttribute(Problems.FAULTS, List.of(problem));
        response.setHeader("Connection", "close");
        response.sendError(status);
    }

    /** The body of one request, read as it arrives, then the request dispatched again. */
    private final class Reader implements ReadListener, AsyncListener {

        private final AsyncContext async;
        private final HttpServletRequest request;
        private final String key;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] buffer = new byte[8192];
        private final AtomicBoolean done = new AtomicBoolean();

        Reader(AsyncContext async, HttpServletRequest request, String key) {
            this.async = async;
            this.request = request;
            this.key = key;
        }

        @Override
        public void onDataAvailable() throws IOException {
            ServletInputStream in = request.getInputStream();
            while (!done.get() && in.isReady()) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                body.write(buffer, 0, n);
                if (body.size() > maxBytes) {
                    dispatch(tooLarge());
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            dispatch(body.toByteArray());
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            dispatch(new FieldProblem("body", "did not arrive in time"));
        }

        /** Once: the request again, with its body or why it has none. */
        private void dispatch(Object read) {
            if (done.compareAndSet(false, true)) {
                request.setAttribute(READ, read);
                async.dispatch();
            }
        }

        @Override
        public void onError(Throwable failure) {
            if (done.compareAndSet(false, true)) {
                log.debug("Body of {} {} not read: {}", request.getMethod(), Problems.path(request), failure.toString());
                async.complete();
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            connections.requestEnded(key);
        }

        @Override
        public void onError(AsyncEvent event) {
            onError(event.getThrowable());
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // not restarted
        }
    }
}
