package no.sirkel.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

/**
 * Turns every refusal into RFC 9457 problem+json that names the field at fault: the service's own
 * {@link ApiException}s, unreadable or oversized bodies, bad query parameters, and anything unexpected (500, logged).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> apiException(ApiException exception) {
        return ResponseEntity.status(exception.status()).body(Problems.of(exception));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrityViolation(DataIntegrityViolationException exception) {
        log.warn("Refused by a database constraint: {}", exception.getMostSpecificCause().getMessage());
        return DatabaseRefusals.of(exception).map(this::apiException)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT,
                        "Conflict", "the request conflicts with the current state of the data", List.of())));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        if (DisconnectedClientHelper.isClientDisconnectedException(exception)) {
            log.debug("The client went away: {}", exception.toString());
            return null; // nobody is left to answer

        }
        var refusal = DatabaseRefusals.of(exception);
        if (refusal.isPresent()) {
            log.warn("Refused by the database: {}", exception.getMessage());
            return apiException(refusal.get());
        }
        log.error("Unexpected failure", exception);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error", "the service failed; the failure is logged", List.of()));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException exception,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        if (causedBy(exception, DataBufferLimitException.class)) {
            return problem(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Content too large",
                    "the request body is larger than the service accepts", List.of()));
        }
        StorableText.UnstorableTextException unstorable = cause(exception, StorableText.UnstorableTextException.class);
        if (unstorable != null) {
            return problem(Problems.of(ApiException.invalid(fieldPath(unstorable), unstorable.getOriginalMessage())));
        }
        JacksonException jackson = cause(exception, JacksonException.class);
        if (jackson != null) {
            String field = fieldPath(jackson);
            String message = jackson.getOriginalMessage();
            return problem(Problems.of(HttpStatus.BAD_REQUEST, "Malformed request body",
                    field.isEmpty() ? "the body is not valid JSON: " + message : field + " cannot be read: " + message,
                    field.isEmpty() ? List.of() : List.of(new ApiException.FieldError(field, "cannot be read"))));
        }
        if (causedBy(exception, DecodingException.class) || exception.getMethodParameter() == null) {
            return problem(Problems.of(HttpStatus.BAD_REQUEST, "Malformed request", exception.getReason(), List.of()));
        }
        String parameter = exception.getMethodParameter().getParameterName();
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "Bad request", parameter + " " + exception.getReason(),
                List.of(new ApiException.FieldError(parameter, "is not valid"))));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException exception,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        List<ApiException.FieldError> errors = exception.getFieldErrors().stream()
                .map(error -> new ApiException.FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return problem(Problems.of(ApiException.invalid(errors)));
    }

    private static Mono<ResponseEntity<Object>> problem(ProblemDetail problem) {
        return Mono.just(ResponseEntity.status(problem.getStatus()).body(problem));
    }

    /** The JSON path of the value Jackson could not read, e.g. {@code quantity.amount} or {@code accepts[1]}. */
    static String fieldPath(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static boolean causedBy(Throwable throwable, Class<? extends Throwable> type) {
        return cause(throwable, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable throwable, Class<T> type) {
        List<Throwable> seen = new ArrayList<>();
        for (Throwable current = throwable; current != null && !seen.contains(current); current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            seen.add(current);
        }
        return null;
    }
}
