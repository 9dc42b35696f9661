package no.sirkel.security;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
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

    /**
     * Member tokens for the companies, for work of the service's own that acts as those companies through the API
     * (the demo data loader answers proposals and records deliveries); all revoked when the work ends.
     *
     * @param work receives each company's token by company id
     */
    public <T> Mono<T> useMembers(List<UUID> companies, String label, Function<Map<UUID, String>, Mono<T>> work) {
        return Mono.usingWhen(
                Flux.fromIterable(companies).distinct()
                        .concatMap(company -> {
                            String token = Tokens.generate();
                            return tokens.insert(Tokens.hash(token), Role.MEMBER, company, label)
                                    .map(id -> Map.entry(company, new Issued(id, token)));
                        })
                        .collectMap(Map.Entry::getKey, Map.Entry::getValue),
                issued -> work.apply(issued.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().token()))),
                issued -> Flux.fromIterable(issued.values()).concatMap(token -> tokens.revoke(token.id())).then());
    }

    private record Issued(UUID id, String token) {
    }
}
