package org.tumorboard.navigator.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * What Tomcat answers itself, for requests that never reach the app (a {@code %00}, {@code %5c} or {@code ..;/} in a
 * path, a bad Content-Length, an oversized header, CONNECT): problem details like every other error, with the
 * security headers, instead of Tomcat's HTML page with its inline style. It never names a class or shows a trace.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String[] fault = fault(status);
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status
                + ",\"detail\":\"The request was refused by the server before it reached the app.\","
                + "\"errors\":[{\"field\":\"" + fault[0] + "\",\"message\":\"" + fault[1] + "\"}]}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone
        }
    }

    /** The field at fault and why, for a status Tomcat sets itself. */
    static String[] fault(int status) {
        return switch (status) {
            case 400 -> new String[] {"request", "is not valid HTTP: its request line, a header, the path or the "
                    + "Content-Length cannot be read"};
            case 405, 501 -> new String[] {"method", "is not allowed here"};
            case 408 -> new String[] {"body", "did not arrive in time"};
            case 413 -> new String[] {"body", "is too large"};
            case 414 -> new String[] {"path", "is too long"};
            case 431 -> new String[] {"header", "is too large"};
            case 505 -> new String[] {"request", "uses an HTTP version this server does not speak"};
            default -> new String[] {"request", "was refused"};
        };
    }

    private static String title(int status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
