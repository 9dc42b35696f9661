package no.sirkel.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class TokenRepository {

    private final DatabaseClient db;

    TokenRepository(DatabaseClient db) {
        this.db = db;
    }

    /** A token's caller and when the token stops working (null: never). */
    record ActiveToken(Caller caller, Instant expiresAt) {

        boolean activeAt(Instant now) {
            return expiresAt == null || now.isBefore(expiresAt);
        }
    }

    /** The token with the hash where it is neither revoked nor expired. */
    Mono<ActiveToken> findActiveByHash(String tokenHash) {
        return db.sql("""
                        select id, role, company_id, expires_at from api_token where token_hash = :hash
                        and revoked_at is null and (expires_at is null or expires_at > now())""")
                .bind("hash", tokenHash)
                .map(row -> {
                    OffsetDateTime expiresAt = row.get("expires_at", OffsetDateTime.class);
                    return new ActiveToken(new Caller(row.get("id", UUID.class),
                            Role.valueOf(row.get("role", String.class)), row.get("company_id", UUID.class)),
                            expiresAt == null ? null : expiresAt.toInstant());
                })
                .one();
    }

    Mono<UUID> insert(String tokenHash, Role role, UUID companyId, String label) {
        return insert(tokenHash, role, companyId, label, null).map(TokenView::id);
    }

    /** @param expiresAt when the token stops working; null for never */
    Mono<TokenView> insert(String tokenHash, Role role, UUID companyId, String label, OffsetDateTime expiresAt) {
        var spec = db.sql("""
                        insert into api_token (token_hash, role, company_id, label, expires_at)
                        values (:hash, :role, :company, :label, :expires) returning *""")
                .bind("hash", tokenHash)
                .bind("role", role.name())
                .bind("label", label);
        spec = companyId == null ? spec.bindNull("company", UUID.class) : spec.bind("company", companyId);
        spec = expiresAt == null ? spec.bindNull("expires", OffsetDateTime.class) : spec.bind("expires", expiresAt);
        return spec.map(TokenRepository::view).one();
    }

    /** Every token, or the company's only where companyId is set; newest first. Never the hash. */
    Flux<TokenView> list(UUID companyId) {
        var spec = db.sql("""
                select * from api_token where :company::uuid is null or company_id = :company::uuid
                order by created_at desc, id""");
        spec = companyId == null ? spec.bindNull("company", UUID.class) : spec.bind("company", companyId);
        return spec.map(TokenRepository::view).all();
    }

    Mono<TokenView> find(UUID id) {
        return db.sql("select * from api_token where id = :id").bind("id", id).map(TokenRepository::view).one();
    }

    private static TokenView view(io.r2dbc.spi.Readable row) {
        return new TokenView(row.get("id", UUID.class), Role.valueOf(row.get("role", String.class)),
                row.get("company_id", UUID.class), row.get("label", String.class),
                row.get("created_at", OffsetDateTime.class), row.get("expires_at", OffsetDateTime.class),
                row.get("revoked_at", OffsetDateTime.class));
    }

    Mono<Boolean> anyActiveAdmin() {
        return db.sql("select exists (select 1 from api_token where role = 'ADMIN' and revoked_at is null) as found")
                .map(row -> row.get("found", Boolean.class))
                .one();
    }

    /** Whether the company exists; true for no company at all (ADMIN and PLANNER tokens). */
    Mono<Boolean> companyExists(UUID companyId) {
        if (companyId == null) {
            return Mono.just(true);
        }
        return db.sql("select exists (select 1 from company where id = :id) as found").bind("id", companyId)
                .map(row -> row.get("found", Boolean.class)).one();
    }

    Mono<Void> revoke(UUID id) {
        return db.sql("update api_token set revoked_at = coalesce(revoked_at, now()) where id = :id").bind("id", id)
                .then();
    }

    /** The token's label and, for a member token, its company's name; empty where the token is unknown. */
    Mono<MeController.Identity> findIdentity(UUID tokenId) {
        return db.sql("""
                        select t.label, c.name as company_name from api_token t
                        left join company c on c.id = t.company_id where t.id = :id""")
                .bind("id", tokenId)
                .map(row -> new MeController.Identity(row.get("label", String.class),
                        row.get("company_name", String.class)))
                .one();
    }
}
