package no.sirkel.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal the API reports as RFC 9457 problem+json: a status, a title, a detail and, where input was at fault, the
 * fields that were wrong (JSON paths into the request body or the names of query parameters).
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(HttpStatus status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** 422: the request was well formed but a field breaks a rule. */
    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid: " + errors.stream().map(FieldError::field).toList();
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", detail, errors);
    }

    /** 400: the request cannot be read (bad JSON, a query parameter of the wrong form). */
    public static ApiException badRequest(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Bad request", field + " " + message,
                List.of(new FieldError(field, message)));
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, "Not found", what + " " + id + " does not exist", List.of());
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized", detail, List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of());
    }

    public static ApiException conflict(String field, String message) {
        return new ApiException(HttpStatus.CONFLICT, "Conflict", field + " " + message,
                List.of(new FieldError(field, message)));
    }

    public static ApiException preconditionFailed(String detail) {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "Precondition failed", detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One field and what is wrong with it, e.g. {@code quantity.amount} / {@code must be > 0}. */
    public record FieldError(String field, String message) {
    }
}
