package no.sirkel.site;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import no.sirkel.geo.BoundingBox;
import no.sirkel.geo.GeoPoint;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Sites in table {@code site}; a deleted site keeps its row (listings refer to it) but has {@code deleted_at} set. */
@Repository
class SiteRepository {

    private static final String COLUMNS = "id, company_id, name, lon, lat, municipality, address, created_at";

    private final DatabaseClient db;

    SiteRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Site> insert(UUID companyId, SiteFields fields) {
        return db.sql("insert into site (company_id, name, lon, lat, municipality, address) "
                        + "values (:company, :name, :lon, :lat, :municipality, :address) returning " + COLUMNS)
                .bind("company", companyId)
                .bindValues(fields.binds())
                .map(SiteRepository::site)
                .one();
    }

    Mono<Site> findById(UUID id) {
        return db.sql("select " + COLUMNS + " from site where id = :id and deleted_at is null")
                .bind("id", id)
                .map(SiteRepository::site)
                .one();
    }

    /**
     * Live sites in id order after {@code after}.
     *
     * @param companyId only this company's sites, or null for all
     * @param box       only sites inside it, or null
     */
    Flux<Site> find(UUID companyId, BoundingBox box, UUID after, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from site where deleted_at is null");
        if (companyId != null) {
            sql.append(" and company_id = :company");
        }
        if (box != null) {
            sql.append(" and location <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))");
        }
        if (after != null) {
            sql.append(" and id > :after");
        }
        sql.append(" order by id limit :limit");
        var spec = db.sql(sql.toString()).bind("limit", limit);
        if (companyId != null) {
            spec = spec.bind("company", companyId);
        }
        if (box != null) {
            spec = spec.bind("minLon", box.minLon()).bind("minLat", box.minLat())
                    .bind("maxLon", box.maxLon()).bind("maxLat", box.maxLat());
        }
        if (after != null) {
            spec = spec.bind("after", after);
        }
        return spec.map(SiteRepository::site).all();
    }

    Mono<Site> update(UUID id, SiteFields fields) {
        return db.sql("update site set name = :name, lon = :lon, lat = :lat, municipality = :municipality, "
                        + "address = :address where id = :id and deleted_at is null returning " + COLUMNS)
                .bind("id", id)
                .bindValues(fields.binds())
                .map(SiteRepository::site)
                .one();
    }

    /**
     * Marks the site deleted. The row stays, so that closed listings keep their place.
     *
     * @return false where it was deleted already
     */
    Mono<Boolean> markDeleted(UUID id) {
        return db.sql("update site set deleted_at = now() where id = :id and deleted_at is null")
                .bind("id", id)
                .fetch().rowsUpdated()
                .map(rows -> rows > 0);
    }

    Mono<Boolean> companyExists(UUID companyId) {
        return db.sql("select exists (select 1 from company where id = :id) as found")
                .bind("id", companyId)
                .map(row -> Boolean.TRUE.equals(row.get("found", Boolean.class)))
                .one();
    }

    private static Site site(Readable row) {
        return new Site(row.get("id", UUID.class), row.get("company_id", UUID.class), row.get("name", String.class),
                new GeoPoint(row.get("lon", Double.class), row.get("lat", Double.class)),
                row.get("municipality", String.class), row.get("address", String.class),
                row.get("created_at", OffsetDateTime.class).toInstant());
    }

    /** The fields a site's owner edits, validated. */
    record SiteFields(String name, GeoPoint location, String municipality, String address) {

        Map<String, Object> binds() {
            return Map.of("name", name, "lon", location.lon(), "lat", location.lat(),
                    "municipality", Parameter.fromOrEmpty(municipality, String.class),
                    "address", Parameter.fromOrEmpty(address, String.class));
        }
    }
}
