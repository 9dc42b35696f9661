package no.sirkel.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

/**
 * Refuses (400, naming the parameter) a query parameter or path whose text PostgreSQL cannot store, before any
 * controller passes it to a query: see {@link StorableText}.
 */
@Component
@Order(-100)
class StorableQueryFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String pathProblem = StorableText.problem(decoded(exchange.getRequest().getPath().value()));
        if (pathProblem != null) {
            return Mono.error(ApiException.badRequest("path", pathProblem));
        }
        for (Map.Entry<String, List<String>> parameter : exchange.getRequest().getQueryParams().entrySet()) {
            String problem = StorableText.problem(parameter.getKey() + String.join("", parameter.getValue()));
            if (problem != null) {
                return Mono.error(ApiException.badRequest(parameter.getKey(), problem));
            }
        }
        return chain.filter(exchange);
    }

    /** The path with its percent-escapes decoded; as it came where they are malformed (routing refuses those). */
    private static String decoded(String path) {
        try {
            return UriUtils.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return path;
        }
    }
}
