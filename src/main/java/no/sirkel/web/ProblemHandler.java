package no.sirkel.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    ResponseEntity<ProblemDetail> apiException(ApiException exception, ServerWebExchange exchange) {
        return answer(exception, Problems.language(exchange));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrityViolation(DataIntegrityViolationException exception,
                                                     ServerWebExchange exchange) {
        log.warn("Refused by a database constraint: {}", exception.getMostSpecificCause().getMessage());
        return answer(DatabaseRefusals.of(exception).orElseGet(() -> new ApiException(HttpStatus.CONFLICT,
                "title.conflict", "detail.conflict", List.of())), Problems.language(exchange));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception, ServerWebExchange exchange) {
        if (DisconnectedClientHelper.isClientDisconnectedException(exception)) {
            log.debug("The client went away: {}", exception.toString());
            return null; // nobody is left to answer

        }
        var refusal = DatabaseRefusals.of(exception);
        if (refusal.isPresent()) {
            log.warn("Refused by the database: {}", exception.getMessage());
            return answer(refusal.get(), Problems.language(exchange));
        }
        log.error("Unexpected failure", exception);
        return answer(new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "title.internal", "detail.internal",
                List.of()), Problems.language(exchange));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException exception,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        Locale language = Problems.language(exchange);
        if (causedBy(exception, DataBufferLimitException.class)) {
            return problem(new ApiException(HttpStatus.CONTENT_TOO_LARGE, "title.tooLarge", "detail.tooLarge",
                    List.of()), language);
        }
        StorableText.UnstorableTextException unstorable = cause(exception, StorableText.UnstorableTextException.class);
        if (unstorable != null) {
            return problem(ApiException.invalid(fieldPath(unstorable), unstorable.getOriginalMessage()), language);
        }
        JacksonException jackson = cause(exception, JacksonException.class);
        if (jackson != null) {
            String field = fieldPath(jackson);
            String message = jackson.getOriginalMessage();
            return problem(new ApiException(HttpStatus.BAD_REQUEST, Text.of("title.malformedBody"),
                    field.isEmpty() ? Text.of("detail.notJson", message) : Text.of("detail.unreadable", field, message),
                    field.isEmpty() ? List.of() : List.of(new ApiException.FieldError(field, "field.unreadable"))),
                    language);
        }
        if (causedBy(exception, DecodingException.class) || exception.getMethodParameter() == null) {
            return problem(new ApiException(HttpStatus.BAD_REQUEST, "title.malformed", exception.getReason(),
                    List.of()), language);
        }
        String parameter = exception.getMethodParameter().getParameterName();
        return problem(new ApiException(HttpStatus.BAD_REQUEST, Text.of("title.badRequest"),
                Text.of("detail.field", parameter, exception.getReason()),
                List.of(new ApiException.FieldError(parameter, "field.notValid"))), language);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException exception,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        List<ApiException.FieldError> errors = exception.getFieldErrors().stream()
                .map(error -> new ApiException.FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return problem(ApiException.invalid(errors), Problems.language(exchange));
    }

    /**
     * The refusals Spring makes itself (no such path, a method or media type the path does not take): their title and
     * detail from the catalogue where it has them for the status, so that they too come in the caller's language.
     */
    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception exception, Object body,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        String key = "status." + status.value();
        if (!ProblemTexts.bundle(ProblemTexts.ENGLISH).containsKey(key + ".title")) {
            return super.handleExceptionInternal(exception, body, headers, status, exchange);
        }
        Locale language = Problems.language(exchange);
        return super.handleExceptionInternal(exception, body, headers, status, exchange).map(answer -> {
            if (answer.getBody() instanceof ProblemDetail problem) {
                problem.setTitle(ProblemTexts.render(Text.of(key + ".title"), language));
                problem.setDetail(ProblemTexts.render(Text.of(key + ".detail"), language));
            }
            return answer;
        });
    }

    private static ResponseEntity<ProblemDetail> answer(ApiException exception, Locale language) {
        return ResponseEntity.status(exception.status()).body(Problems.of(exception, language));
    }

    private static Mono<ResponseEntity<Object>> problem(ApiException exception, Locale language) {
        return problem(Problems.of(exception, language));
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
