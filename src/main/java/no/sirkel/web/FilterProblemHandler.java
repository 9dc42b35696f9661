package no.sirkel.web;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Writes {@link ApiException}s raised outside controllers (by web filters, such as authentication) as problem+json,
 * the same as {@link ProblemHandler} does for controllers.
 */
@Component
@Order(-2)
class FilterProblemHandler implements WebExceptionHandler {

    private final ServerResponse.Context context;

    FilterProblemHandler(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable throwable) {
        if (!(throwable instanceof ApiException exception) || exchange.getResponse().isCommitted()) {
            return Mono.error(throwable);
        }
        ServerResponse.BodyBuilder response = ServerResponse.status(exception.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (exception.status().value() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.bodyValue(Problems.of(exception, Problems.language(exchange)))
                .flatMap(body -> body.writeTo(exchange, context));
    }
}
