package org.tumorboard.navigator.web;

import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.intake.StrictJson;
import tools.jackson.core.JacksonException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** What is at fault in a request that Spring MVC rejected, in the product's words (no class names). */
final class Faults {

    /** Echoed values are cut to this length. */
    private static final int ECHO = 40;

    private Faults() {
    }

    static List<FieldProblem> of(Exception e) {
        if (e instanceof HttpMediaTypeNotSupportedException unsupported) {
            return List.of(new FieldProblem("Content-Type", (unsupported.getContentType() == null ? "missing"
                    : "'" + echo(unsupported.getContentType().toString()) + "' is not accepted")
                    + "; send " + types(unsupported.getSupportedMediaTypes())));
        }
        if (e instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
            return List.of(new FieldProblem("Accept", "this address answers only "
                    + types(notAcceptable.getSupportedMediaTypes())));
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            String allowed = method.getSupportedMethods() == null ? "none"
                    : String.join(", ", method.getSupportedMethods());
            return List.of(new FieldProblem("method", echo(method.getMethod()) + " is not allowed here; allowed: "
                    + allowed));
        }
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return List.of(new FieldProblem(mismatch.getName(), mismatch(mismatch)));
        }
        if (e instanceof TypeMismatchException mismatch) {
            return List.of(new FieldProblem(String.valueOf(mismatch.getPropertyName()), mismatch(mismatch)));
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return List.of(new FieldProblem(missing.getParameterName(), "is required"));
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return List.of(new FieldProblem(missing.getHeaderName(), "is required"));
        }
        if (e instanceof MethodArgumentNotValidException invalid) {
            return invalid.getBindingResult().getAllErrors().stream().map(error -> new FieldProblem(
                    error instanceof FieldError field ? field.getField() : error.getObjectName(),
                    String.valueOf(error.getDefaultMessage()))).toList();
        }
        if (e instanceof HttpMessageNotReadableException && e.getCause() instanceof JacksonException json) {
            return List.of(StrictJson.problem(json));
        }
        if (e instanceof HttpMessageNotReadableException) {
            return List.of(new FieldProblem("body", "could not be read"));
        }
        if (e instanceof BadParameter bad) {
            return bad.problems();
        }
        return List.of();
    }

    private static String mismatch(TypeMismatchException e) {
        String value = "'" + echo(String.valueOf(e.getValue())) + "'";
        Class<?> type = e.getRequiredType();
        if (type != null && type.isEnum()) {
            return value + " is not one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return value + " is not a valid value";
    }

    private static String types(List<MediaType> types) {
        return types.isEmpty() ? "another type" : types.stream().map(MediaType::toString)
                .collect(Collectors.joining(" or "));
    }

    static String echo(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= ECHO ? printable : printable.substring(0, ECHO) + "…";
    }
}
