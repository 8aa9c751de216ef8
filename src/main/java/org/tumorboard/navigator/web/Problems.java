package org.tumorboard.navigator.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import org.tumorboard.navigator.intake.FieldProblem;

/**
 * The one way every error is answered: {@code application/problem+json} (RFC 9457) with an {@code errors} list of
 * {@code {field, message}} naming what is at fault (a field, parameter, header or {@code method}), or, for a
 * browser, the friendly page ({@code error/404.html} or {@code error.html}). Never throws, whatever the request
 * holds.
 */
public final class Problems {

    /** A request attribute: the {@link FieldProblem}s that a filter found before any controller ran. */
    static final String FAULTS = Problems.class.getName() + ".faults";

    private Problems() {
    }

    /** The address the client asked for, also while the container forwards it to {@code /error}. */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return uri != null && uri.startsWith(context) ? uri.substring(context.length()) : String.valueOf(uri);
    }

    /**
     * A page is answered to requests that accept HTML explicitly (browsers do), except at the JSON API's addresses
     * ({@code /api/**}) and JSON twins ({@code *.json}); everything else, including a malformed {@code Accept}, gets
     * problem details.
     */
    static boolean wantsPage(HttpServletRequest request) {
        String path = path(request);
        if (path.startsWith("/api/") || path.endsWith(".json")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> !type.isWildcardType()
                    && type.isCompatibleWith(MediaType.TEXT_HTML) && type.getQualityValue() > 0);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A rejected request to a page: the page a browser gets (a form again with its problems, say), or problem details
     * for any other client.
     */
    public static Object pageOrProblem(HttpServletRequest request, HttpStatusCode status, String detail,
                                       List<FieldProblem> faults, java.util.function.Supplier<Object> page) {
        return wantsPage(request) ? page.get() : respond(request, status, detail, faults, new HttpHeaders());
    }

    /** The answer: a page for a browser, else problem details ({@code detail} may be null). */
    static Object respond(HttpServletRequest request, HttpStatusCode status, String detail, List<FieldProblem> faults,
                          HttpHeaders headers) {
        if (wantsPage(request)) {
            ModelAndView page = new ModelAndView(status.value() == 404 ? "error/404" : "error");
            page.setStatus(status);
            page.addObject("status", status.value());
            return page;
        }
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(request, status, detail, faults));
    }

    static ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String detail,
                                 List<FieldProblem> faults) {
        HttpStatus known = HttpStatus.resolve(status.value());
        ProblemDetail problem = problem(status, null, known == null ? "Error" : known.getReasonPhrase(), detail, faults);
        try {
            problem.setInstance(URI.create(path(request)));
        } catch (IllegalArgumentException e) {
            problem.setInstance(null);
        }
        return problem;
    }

    /**
     * The problem details of a rejected request, every door's: its status, type (null: none), title and detail, and
     * an {@code errors} list of {@code {field, message}}, one per thing at fault (none: no list).
     */
    public static ProblemDetail problem(HttpStatusCode status, URI type, String title, String detail,
                                        List<FieldProblem> faults) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (type != null) {
            problem.setType(type);
        }
        problem.setTitle(title);
        if (!faults.isEmpty()) {
            problem.setProperty("errors", faults.stream().map(Problems::asMap).toList());
        }
        return problem;
    }

    private static Map<String, String> asMap(FieldProblem fault) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("field", fault.field());
        map.put("message", fault.message());
        return map;
    }
}
