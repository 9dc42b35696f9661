package no.sirkel.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import no.sirkel.web.ApiException;
import reactor.core.publisher.Mono;

/**
 * Requires {@code Authorization: Bearer <token>} on every {@code /api/v1} call but reading the materials catalogue
 * and the open indicators, and on the OGC API Features collections ({@code /ogc/collections...}; the landing page and
 * conformance are public), and puts the resolved {@link Caller} into the exchange. Tokens are resolved through the
 * {@link TokenCache}, which refuses a revoked or expired token at once, on every instance sharing the database.
 */
@Component
class BearerAuthentication implements WebFilter {

    static final String CALLER_ATTRIBUTE = Caller.class.getName();
    private static final String BEARER = "Bearer ";

    private final TokenCache tokens;

    BearerAuthentication(TokenCache tokens) {
        this.tokens = tokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!needsToken(exchange)) {
            return chain.filter(exchange);
        }
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Mono.error(ApiException.unauthorized("auth.tokenMissing"));
        }
        return tokens.find(Tokens.hash(header.substring(BEARER.length()).trim()))
                .switchIfEmpty(Mono.error(() -> ApiException.unauthorized("auth.tokenUnknown")))
                .flatMap(caller -> {
                    exchange.getAttributes().put(CALLER_ATTRIBUTE, caller);
                    return chain.filter(exchange);
                });
    }

    private static boolean needsToken(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (path.equals("/ogc/collections") || path.startsWith("/ogc/collections/")) {
            return true;
        }
        if (!path.startsWith("/api/v1/")) {
            return false;
        }
        boolean reads = HttpMethod.GET.equals(exchange.getRequest().getMethod());
        boolean readsCatalogue = reads && (path.equals("/api/v1/materials") || path.startsWith("/api/v1/materials/"));
        boolean readsIndicators = reads
                && (path.equals("/api/v1/indicators") || path.startsWith("/api/v1/indicators/"));
        return !readsCatalogue && !readsIndicators;
    }
}
