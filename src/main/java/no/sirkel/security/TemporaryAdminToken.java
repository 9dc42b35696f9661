package no.sirkel.security;

import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An admin token that exists only while some work of the service's own uses the HTTP API like any client (the demo
 * data loader does), even where the operator's admin token was shown once and is not known here. It is revoked when
 * the work ends, however it ends.
 */
@Component
public class TemporaryAdminToken {

    private final TokenRepository tokens;

    TemporaryAdminToken(TokenRepository tokens) {
        this.tokens = tokens;
    }

    /**
     * @param label what the token is for, kept with it
     * @param work  receives the token; the token is revoked once its result completes or fails
     */
    public <T> Mono<T> use(String label, Function<String, Mono<T>> work) {
        return Mono.usingWhen(
                Mono.fromSupplier(Tokens::generate)
                        .flatMap(token -> tokens.insert(Tokens.hash(token), Role.ADMIN, null, label)
                                .map(id -> new Issued(id, token))),
                issued -> work.apply(issued.token()),
                issued -> tokens.revoke(issued.id()));
    }

    private record Issued(UUID id, String token) {
    }
}
