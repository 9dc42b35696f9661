package no.sirkel.company;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class CompanyRepository {

    private static final String COLUMNS = "id, name, org_number, contact_email, created_at";

    private final DatabaseClient db;

    CompanyRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Inserts the company; empty where the organisation number is already registered. */
    Mono<Company> insert(String name, String orgNumber, String contactEmail) {
        return db.sql("insert into company (name, org_number, contact_email) values (:name, :org, :email) "
                        + "on conflict (org_number) do nothing returning " + COLUMNS)
                .bind("name", name).bind("org", orgNumber).bind("email", contactEmail)
                .map(CompanyRepository::company)
                .one();
    }

    Mono<Company> findById(UUID id) {
        return db.sql("select " + COLUMNS + " from company where id = :id").bind("id", id)
                .map(CompanyRepository::company).one();
    }

    Flux<Company> findByIds(Collection<UUID> ids) {
        return db.sql("select " + COLUMNS + " from company where id = any(:ids)")
                .bind("ids", ids.toArray(UUID[]::new)).map(CompanyRepository::company).all();
    }

    /** Companies ordered by id, after the given id (null: from the start). */
    Flux<Company> findAfter(UUID after, int limit) {
        var spec = db.sql("select " + COLUMNS + " from company where (:after::uuid is null or id > :after::uuid) "
                + "order by id limit :limit");
        spec = after == null ? spec.bindNull("after", UUID.class) : spec.bind("after", after);
        return spec.bind("limit", limit).map(CompanyRepository::company).all();
    }

    private static Company company(Readable row) {
        return new Company(row.get("id", UUID.class), row.get("name", String.class),
                row.get("org_number", String.class), row.get("contact_email", String.class),
                row.get("created_at", OffsetDateTime.class));
    }
}
