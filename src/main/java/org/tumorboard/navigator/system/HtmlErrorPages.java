package org.tumorboard.navigator.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Friendly error pages for people: an unknown address, a rule or figure that does not exist, or a malformed query
 * answered to a browser gets {@code error/404.html} or {@code error.html} (never a stack trace), where the
 * problem-details handler would otherwise answer JSON. Other requests (API clients, {@code Accept: *}{@code /*}),
 * and the JSON API's own addresses, get problem details exactly as before.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HtmlErrorPages {

    private final ObjectProvider<ResponseEntityExceptionHandler> problemDetails;

    HtmlErrorPages(ObjectProvider<ResponseEntityExceptionHandler> problemDetails) {
        this.problemDetails = problemDetails;
    }

    @ExceptionHandler({NoResourceFoundException.class, ResponseStatusException.class, TypeMismatchException.class,
            HttpRequestMethodNotSupportedException.class})
    Object page(Exception exception, HttpServletRequest request, HttpServletResponse response) throws Exception {
        HttpStatusCode status = exception instanceof ErrorResponse error ? error.getStatusCode() : HttpStatus.BAD_REQUEST;
        if (!wantsPage(request)) {
            return problem(exception, status, request, response);
        }
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView(status.value() == 404 ? "error/404" : "error");
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }

    private Object problem(Exception exception, HttpStatusCode status, HttpServletRequest request,
                           HttpServletResponse response) throws Exception {
        ResponseEntityExceptionHandler handler = problemDetails.getIfAvailable();
        if (handler != null) {
            ResponseEntity<Object> entity = handler.handleException(exception, new ServletWebRequest(request, response));
            if (entity != null) {
                return entity;
            }
        }
        ProblemDetail body = exception instanceof ErrorResponse error ? error.getBody()
                : ProblemDetail.forStatus(status);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /**
     * A page is answered to requests that accept HTML explicitly (browsers do), except at the JSON API's and the
     * result page's JSON twin's addresses; everything else gets problem details, as without this class.
     */
    static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.endsWith(".json")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.getQualityValue() > 0 && (type.isCompatibleWith(MediaType.TEXT_HTML)
                        && !type.isWildcardType()));
    }
}
