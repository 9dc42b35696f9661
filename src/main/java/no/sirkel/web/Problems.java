package no.sirkel.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem+json bodies every refusal uses. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(HttpStatusCode status, String title, String detail,
                                   List<ApiException.FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).field());
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    static ProblemDetail of(ApiException exception) {
        return of(exception.status(), exception.title(), exception.getMessage(), exception.errors());
    }
}
