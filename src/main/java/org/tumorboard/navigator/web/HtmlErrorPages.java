package org.tumorboard.navigator.web;

import org.tumorboard.navigator.intake.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every request Spring MVC rejects (unknown address, wrong method, media type, a parameter that does not convert, a
 * body that cannot be read, …) is answered the one way ({@link Problems}): the friendly page for a browser,
 * else problem details whose {@code errors} name what is at fault. Spring's own handler supplies the status and
 * headers ({@code Allow}, {@code Accept}); nothing here logs a stack trace, since the client caused it. Errors a
 * feature answers itself (e.g. {@code web.ApiProblems} for invalid cases) are not touched.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HtmlErrorPages {

    private static final Logger log = LoggerFactory.getLogger(HtmlErrorPages.class);

    private final ResponseEntityExceptionHandler standard = new ResponseEntityExceptionHandler() {
    };

    HtmlErrorPages(MessageSource messages) {
        standard.setMessageSource(messages);
    }

    /** The exceptions Spring's {@link ResponseEntityExceptionHandler} maps to a status. */
    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class, MissingPathVariableException.class,
            MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            ServletRequestBindingException.class, MethodArgumentNotValidException.class,
            HandlerMethodValidationException.class, NoHandlerFoundException.class, NoResourceFoundException.class,
            AsyncRequestTimeoutException.class, ErrorResponseException.class, MaxUploadSizeExceededException.class,
            ConversionNotSupportedException.class, TypeMismatchException.class,
            HttpMessageNotReadableException.class, HttpMessageNotWritableException.class,
            MethodValidationException.class, AsyncRequestNotUsableException.class})
    Object rejected(Exception exception, HttpServletRequest request, HttpServletResponse response) throws Exception {
        ResponseEntity<Object> entity = standard.handleException(exception, new ServletWebRequest(request, response));
        if (entity == null) {
            return null;
        }
        String detail = entity.getBody() instanceof ProblemDetail body ? body.getDetail() : null;
        if (exception instanceof HttpMessageNotReadableException) {
            detail = "The request body could not be read.";
        }
        List<FieldProblem> faults = Faults.of(exception);
        if (faults.isEmpty() && entity.getStatusCode().value() == 400) {
            faults = List.of(new FieldProblem("request", detail == null ? "was not understood" : detail));
        }
        if (entity.getStatusCode().is5xxServerError()) {
            log.error("Request {} {} failed", request.getMethod(), Problems.path(request), exception);
        }
        return Problems.respond(request, entity.getStatusCode(), detail, faults, entity.getHeaders());
    }

    /**
     * A body that stopped arriving (the connection timed out: see {@code server.tomcat.connection-timeout}) or
     * whose parameters cannot be decoded: the client's doing, answered without a stack trace.
     */
    @ExceptionHandler({IOException.class, InvalidParameterException.class})
    Object unreadable(Exception exception, HttpServletRequest request) {
        log.debug("Unreadable request {} {}: {}", request.getMethod(), Problems.path(request),
                exception.toString());
        boolean timedOut = exception instanceof SocketTimeoutException
                || exception.getCause() instanceof SocketTimeoutException;
        HttpStatus status = timedOut ? HttpStatus.REQUEST_TIMEOUT : HttpStatus.BAD_REQUEST;
        List<FieldProblem> faults = exception instanceof InvalidParameterException
                ? List.of(new FieldProblem("query", "is not valid percent-encoded UTF-8"))
                : List.of(new FieldProblem("body", timedOut ? "did not arrive in time" : "could not be read"));
        return Problems.respond(request, status, "The request could not be read.", faults,
                new HttpHeaders());
    }
}
