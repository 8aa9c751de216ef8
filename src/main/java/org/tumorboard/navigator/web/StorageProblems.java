package org.tumorboard.navigator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.storage.StorageUnavailable;

/**
 * A request whose data cannot be stored or read now (a full disk, a read-only file system, a database that is
 * down) is answered 503 naming the reason ({@code storage}), and logged as one ERROR line with the cause; nothing of
 * it is stored half (a write and its audit entry share one transaction). Once the storage works again, so do
 * requests (see {@code storage.StorageFailures}). First of the advice, since a storage failure's causes include the
 * file system's {@code IOException}, which {@link HtmlErrorPages} would read as a body that could not be read.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StorageProblems {

    private static final Logger log = LoggerFactory.getLogger(StorageProblems.class);

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    Object unavailable(RuntimeException failure, HttpServletRequest request) {
        if (!StorageUnavailable.is(failure)) {
            log.error("Request {} {} failed", request.getMethod(), Problems.path(request), failure);
            return Problems.respond(request, HttpStatus.INTERNAL_SERVER_ERROR, null, List.of(), new HttpHeaders());
        }
        return respond(request, failure);
    }

    /** The 503 of a storage failure, logged once. */
    static Object respond(HttpServletRequest request, Throwable failure) {
        String reason = StorageUnavailable.reason(failure);
        log.error("Storage unavailable for {} {} ({}): {}", request.getMethod(), Problems.path(request), reason,
                StorageUnavailable.causes(failure));
        return Problems.respond(request, HttpStatus.SERVICE_UNAVAILABLE,
                "The review record cannot be stored or read now: " + reason + ".",
                List.of(new FieldProblem("storage", reason)), new HttpHeaders());
    }

    /** For filters (sign-in): marks the request for the error page with the 503's fault, and logs it once. */
    static void mark(HttpServletRequest request, Throwable failure) {
        String reason = StorageUnavailable.reason(failure);
        log.error("Storage unavailable for {} {} ({}): {}", request.getMethod(), Problems.path(request), reason,
                StorageUnavailable.causes(failure));
        request.setAttribute(Problems.FAULTS, List.of(new FieldProblem("storage", reason)));
    }
}
