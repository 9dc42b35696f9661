package no.sirkel.security;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class TokenRepository {

    private final DatabaseClient db;

    TokenRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Caller> findActiveByHash(String tokenHash) {
        return db.sql("select id, role, company_id from api_token where token_hash = :hash and revoked_at is null")
                .bind("hash", tokenHash)
                .map(row -> new Caller(row.get("id", UUID.class), Role.valueOf(row.get("role", String.class)),
                        row.get("company_id", UUID.class)))
                .one();
    }

    Mono<UUID> insert(String tokenHash, Role role, UUID companyId, String label) {
        var spec = db.sql("""
                        insert into api_token (token_hash, role, company_id, label)
                        values (:hash, :role, :company, :label) returning id""")
                .bind("hash", tokenHash)
                .bind("role", role.name())
                .bind("label", label);
        spec = companyId == null ? spec.bindNull("company", UUID.class) : spec.bind("company", companyId);
        return spec.map(row -> row.get("id", UUID.class)).one();
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
        return db.sql("update api_token set revoked_at = now() where id = :id").bind("id", id).then();
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
