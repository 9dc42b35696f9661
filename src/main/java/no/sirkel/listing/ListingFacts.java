package no.sirkel.listing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Supplies and demands as reports and indicators count them, without caller checks. */
@Service
public class ListingFacts {

    private static final String SELECT = """
            select * from (
                select l.id, true as supply, l.company_id, l.site_id, s.municipality, array[l.material] as materials,
                       l.contamination_class::int as class, l.tonnes, l.available_from as from_date,
                       l.available_to as to_date, l.status, l.created_at, s.lat, s.lon, l.quantity_unit,
                       l.tonnes / l.quantity_amount as tonnes_per_unit
                from supply l join site s on s.id = l.site_id
                union all
                select l.id, false, l.company_id, l.site_id, s.municipality, l.accepts,
                       l.max_contamination_class::int, l.tonnes, l.needed_from, l.needed_to, l.status, l.created_at,
                       s.lat, s.lon, l.quantity_unit, l.tonnes / l.quantity_amount
                from demand l join site s on s.id = l.site_id
            ) listing
            """;

    private final DatabaseClient db;

    ListingFacts(DatabaseClient db) {
        this.db = db;
    }

    /** The site's listings in every status, supplies first, oldest first. */
    public Flux<ListingFact> atSite(UUID siteId) {
        return db.sql(SELECT + "where site_id = :site order by supply desc, created_at, id").bind("site", siteId)
                .map(ListingFacts::fact).all();
    }

    /** The listings with these ids, in every status, by id. */
    public Mono<Map<UUID, ListingFact>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Mono.just(Map.of())
                : db.sql(SELECT + "where id = any(:ids)").bind("ids", ids.toArray(UUID[]::new))
                        .map(ListingFacts::fact).all().collectMap(ListingFact::id);
    }

    /** Every listing in every status. */
    public Flux<ListingFact> all() {
        return db.sql(SELECT).map(ListingFacts::fact).all();
    }

    private static ListingFact fact(Readable row) {
        return new ListingFact(row.get("id", UUID.class), Boolean.TRUE.equals(row.get("supply", Boolean.class)),
                row.get("company_id", UUID.class), row.get("site_id", UUID.class),
                row.get("municipality", String.class), List.of(row.get("materials", String[].class)),
                row.get("class", Integer.class), row.get("tonnes", Double.class),
                row.get("from_date", LocalDate.class), row.get("to_date", LocalDate.class),
                ListingStatus.valueOf(row.get("status", String.class)),
                row.get("created_at", OffsetDateTime.class).toInstant(), row.get("lat", Double.class),
                row.get("lon", Double.class), row.get("quantity_unit", String.class),
                row.get("tonnes_per_unit", Double.class));
    }
}
