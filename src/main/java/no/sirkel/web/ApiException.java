package no.sirkel.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * A refusal the API reports as RFC 9457 problem+json: a status, a title, a detail and, where input was at fault, the
 * fields that were wrong (JSON paths into the request body or the names of query parameters). Title, detail and field
 * messages are {@link Text}s of the problem catalogue, shown in the caller's language ({@link ProblemTexts}).
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final Text title;
    private final Text detail;
    private final List<FieldError> errors;

    public ApiException(HttpStatus status, Text title, Text detail, List<FieldError> errors) {
        super(ProblemTexts.render(detail, ProblemTexts.ENGLISH));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    /** A refusal whose title and detail are catalogue keys (or literal English texts) without arguments. */
    public ApiException(HttpStatus status, String title, String detail, List<FieldError> errors) {
        this(status, Text.of(title), Text.of(detail), errors);
    }

    /** 422: the request was well formed but a field breaks a rule. */
    public static ApiException invalid(String field, String message, Object... arguments) {
        return invalid(List.of(new FieldError(field, message, Arrays.asList(arguments))));
    }

    public static ApiException invalid(List<FieldError> errors) {
        Text detail = errors.size() == 1 ? fieldDetail(errors.get(0))
                : Text.of("detail.invalidFields", errors.size(), errors.stream().map(FieldError::field).toList());
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, Text.of("title.invalid"), detail, errors);
    }

    /** 400: the request cannot be read (bad JSON, a query parameter of the wrong form). */
    public static ApiException badRequest(String field, String message, Object... arguments) {
        FieldError error = new FieldError(field, message, Arrays.asList(arguments));
        return new ApiException(HttpStatus.BAD_REQUEST, Text.of("title.badRequest"), fieldDetail(error),
                List.of(error));
    }

    /** 404 for a resource of the kind {@code what} ({@code site}, {@code scenario}, ...). */
    public static ApiException notFound(String what, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, Text.of("title.notFound"),
                Text.of("detail.notFound", ProblemTexts.resource(what), id), List.of());
    }

    public static ApiException unauthorized(String detail, Object... arguments) {
        return new ApiException(HttpStatus.UNAUTHORIZED, Text.of("title.unauthorized"), Text.of(detail, arguments),
                List.of());
    }

    public static ApiException forbidden(String detail, Object... arguments) {
        return new ApiException(HttpStatus.FORBIDDEN, Text.of("title.forbidden"), Text.of(detail, arguments),
                List.of());
    }

    public static ApiException conflict(String field, String message, Object... arguments) {
        FieldError error = new FieldError(field, message, Arrays.asList(arguments));
        return new ApiException(HttpStatus.CONFLICT, Text.of("title.conflict"), fieldDetail(error), List.of(error));
    }

    public static ApiException preconditionFailed(String detail, Object... arguments) {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, Text.of("title.preconditionFailed"),
                Text.of(detail, arguments), List.of());
    }

    private static Text fieldDetail(FieldError error) {
        return Text.of("detail.field", error.field(), error.text());
    }

    public HttpStatus status() {
        return status;
    }

    public Text title() {
        return title;
    }

    public Text detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * One field and what is wrong with it, e.g. {@code quantity.amount} / {@code field.positive} ("field.positive").
     *
     * @param message   a catalogue key or a literal English text
     * @param arguments the values of the message's pattern
     */
    public record FieldError(String field, String message, List<Object> arguments) {

        public FieldError {
            arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
        }

        public FieldError(String field, String message) {
            this(field, message, List.of());
        }

        public Text text() {
            return new Text(message, arguments);
        }

        /** The message as shown in {@code language}. */
        public String message(Locale language) {
            return ProblemTexts.render(text(), language);
        }
    }
}
