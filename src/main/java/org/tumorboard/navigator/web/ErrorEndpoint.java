package org.tumorboard.navigator.web;

import org.tumorboard.navigator.intake.FieldProblem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error}, where the servlet container forwards what never reached a controller or escaped one: a request the
 * firewall or a filter rejected, a missing CSRF token, an unexpected failure. It answers like every other error
 * ({@link Problems}), replacing Boot's default JSON and page. Asked for directly it is an unknown address
 * (404), never "status 999".
 */
@Controller
class ErrorEndpoint implements ErrorController {

    /** Spring Security's answer to a refused request: 403, naming the CSRF token where that is what is missing. */
    static void accessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof CsrfException) {
            request.setAttribute(Problems.FAULTS, List.of(new FieldProblem("_csrf",
                    "is missing or no longer valid: load the form again and resend it")));
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request) {
        HttpStatusCode status = status(request);
        return Problems.respond(request, status, null, faults(request, status), new HttpHeaders());
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value) || value < 400 || value > 599) {
            return HttpStatus.NOT_FOUND;
        }
        return HttpStatusCode.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> faults(HttpServletRequest request, HttpStatusCode status) {
        if (request.getAttribute(Problems.FAULTS) instanceof List<?> faults) {
            return (List<FieldProblem>) faults;
        }
        if (status.value() == 400) {
            return List.of(new FieldProblem("request", "was not understood"));
        }
        return List.of();
    }
}
