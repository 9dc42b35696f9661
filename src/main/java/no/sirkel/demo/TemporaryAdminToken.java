package no.sirkel.demo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An admin token that exists only while the demo loader works, so that the loader can use the HTTP API like any
 * client even where the operator's admin token was generated and shown only once. It is stored, like every token, as
 * the hex SHA-256 of the token (see {@code no.sirkel.security.Tokens}), and revoked when the work ends.
 */
@Component
class TemporaryAdminToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseClient db;

    TemporaryAdminToken(DatabaseClient db) {
        this.db = db;
    }

    <T> Mono<T> use(Function<String, Mono<T>> work) {
        return Mono.usingWhen(issue(), issued -> work.apply(issued.token()), issued -> revoke(issued.id()));
    }

    private Mono<Issued> issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "sk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return db.sql("""
                        insert into api_token (token_hash, role, label)
                        values (encode(sha256(convert_to(:token, 'UTF8')), 'hex'), 'ADMIN', 'demo data loader')
                        returning id""")
                .bind("token", token)
                .map(row -> new Issued(row.get("id", UUID.class), token))
                .one();
    }

    private Mono<Void> revoke(UUID id) {
        return db.sql("update api_token set revoked_at = now() where id = :id").bind("id", id).then();
    }

    private record Issued(UUID id, String token) {
    }
}
