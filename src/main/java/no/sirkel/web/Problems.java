package no.sirkel.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;

/** Builds the problem+json bodies every refusal uses, in the caller's language. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(HttpStatusCode status, Text title, Text detail, List<ApiException.FieldError> errors,
                            Locale language) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ProblemTexts.render(detail, language));
        problem.setTitle(ProblemTexts.render(title, language));
        problem.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).field());
            problem.setProperty("errors", errors.stream()
                    .map(error -> new ShownFieldError(error.field(), error.message(language))).toList());
        }
        return problem;
    }

    static ProblemDetail of(ApiException exception, Locale language) {
        return of(exception.status(), exception.title(), exception.detail(), exception.errors(), language);
    }

    /** The language the request asks for in {@code Accept-Language}. */
    static Locale language(ServerWebExchange exchange) {
        return ProblemTexts.language(exchange.getRequest().getHeaders().getFirst("Accept-Language"));
    }

    /** A field error as the answer shows it. */
    record ShownFieldError(String field, String message) {
    }
}
