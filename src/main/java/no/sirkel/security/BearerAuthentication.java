package no.sirkel.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * and the open indicators,
 * and puts the resolved {@link Caller} into the exchange. Resolved tokens are remembered briefly so that a busy client
 * does not cost a database round trip per request.
 */
@Component
class BearerAuthentication implements WebFilter {

    static final String CALLER_ATTRIBUTE = Caller.class.getName();
    private static final Duration REMEMBER_FOR = Duration.ofSeconds(30);
    private static final String BEARER = "Bearer ";

    private final TokenRepository tokens;
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    BearerAuthentication(TokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!needsToken(exchange)) {
            return chain.filter(exchange);
        }
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Mono.error(ApiException.unauthorized("this call needs an Authorization: Bearer <token> header"));
        }
        return resolve(Tokens.hash(header.substring(BEARER.length()).trim()))
                .switchIfEmpty(Mono.error(ApiException.unauthorized("the token is unknown or revoked")))
                .flatMap(caller -> {
                    exchange.getAttributes().put(CALLER_ATTRIBUTE, caller);
                    return chain.filter(exchange);
                });
    }

    private static boolean needsToken(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith("/api/v1/")) {
            return false;
        }
        boolean reads = HttpMethod.GET.equals(exchange.getRequest().getMethod());
        boolean readsCatalogue = reads && (path.equals("/api/v1/materials") || path.startsWith("/api/v1/materials/"));
        boolean readsIndicators = reads
                && (path.equals("/api/v1/indicators") || path.startsWith("/api/v1/indicators/"));
        return !readsCatalogue && !readsIndicators;
    }

    private Mono<Caller> resolve(String tokenHash) {
        Remembered remembered = recent.get(tokenHash);
        long now = System.nanoTime();
        if (remembered != null && now < remembered.expiresAtNanos()) {
            return Mono.just(remembered.caller());
        }
        return tokens.findActiveByHash(tokenHash)
                .doOnNext(caller -> recent.put(tokenHash, new Remembered(caller, now + REMEMBER_FOR.toNanos())));
    }

    private record Remembered(Caller caller, long expiresAtNanos) {
    }
}
