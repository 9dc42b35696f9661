package no.sirkel.listing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import io.r2dbc.spi.Readable;
import no.sirkel.geo.BoundingBox;
import no.sirkel.listing.Listings.ActiveDemand;
import no.sirkel.listing.Listings.ActiveSupply;
import no.sirkel.listing.Listings.Area;
import no.sirkel.listing.Listings.Summary;
import reactor.core.publisher.Flux;

/** Reads listings for other features: summaries by id, and the active listings of an area and horizon. */
@Repository
class ListingLookupRepository {

    private final DatabaseClient db;

    ListingLookupRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Supplies and demands among the ids, in any status, with their sites' places. */
    Flux<Summary> summaries(Collection<UUID> ids) {
        return db.sql("""
                        select l.id, l.company_id, l.material, null::text[] as accepts,
                               l.contamination_class::int as class, l.tonnes, l.reserved_tonnes,
                               l.available_from as window_from, l.available_to as window_to,
                               s.municipality, s.lat, s.lon
                        from supply l join site s on s.id = l.site_id where l.id = any(:ids)
                        union all
                        select l.id, l.company_id, null::text, l.accepts, l.max_contamination_class::int, l.tonnes,
                               l.reserved_tonnes, l.needed_from, l.needed_to, s.municipality, s.lat, s.lon
                        from demand l join site s on s.id = l.site_id where l.id = any(:ids)""")
                .bind("ids", ids.toArray(UUID[]::new))
                .map(row -> new Summary(row.get("id", UUID.class), row.get("company_id", UUID.class),
                        row.get("material", String.class), codes(row, "accepts"), row.get("class", Integer.class),
                        row.get("tonnes", Double.class), row.get("reserved_tonnes", Double.class),
                        row.get("window_from", LocalDate.class), row.get("window_to", LocalDate.class),
                        row.get("municipality", String.class), row.get("lat", Double.class),
                        row.get("lon", Double.class)))
                .all();
    }

    /** ACTIVE supplies with tonnes left, at live sites in the area's box, whose windows meet its horizon. */
    Flux<ActiveSupply> activeSupplies(Area area) {
        return active(area, """
                        select l.id, l.version, l.kind, l.material, l.contamination_class::int as class,
                               l.tonnes - l.reserved_tonnes as remaining, l.available_from as window_from,
                               l.available_to as window_to, s.lat, s.lon
                        from supply l join site s on s.id = l.site_id
                        where (cast(:materials as text[]) is null or l.material = any(cast(:materials as text[])))""",
                "l.available_from", "l.available_to")
                .map(row -> new ActiveSupply(row.get("id", UUID.class), row.get("version", Integer.class),
                        ListingKind.valueOf(row.get("kind", String.class)), row.get("material", String.class),
                        row.get("class", Integer.class), row.get("remaining", Double.class),
                        row.get("window_from", LocalDate.class), row.get("window_to", LocalDate.class),
                        row.get("lat", Double.class), row.get("lon", Double.class)))
                .all();
    }

    /** ACTIVE demands with tonnes left, at live sites in the area's box, whose windows meet its horizon. */
    Flux<ActiveDemand> activeDemands(Area area) {
        return active(area, """
                        select l.id, l.version, l.kind, l.accepts, l.max_contamination_class::int as class,
                               l.tonnes - l.reserved_tonnes as remaining, l.needed_from as window_from,
                               l.needed_to as window_to, l.max_haul_km, s.lat, s.lon
                        from demand l join site s on s.id = l.site_id
                        where (cast(:materials as text[]) is null or l.accepts && cast(:materials as text[]))""",
                "l.needed_from", "l.needed_to")
                .map(row -> new ActiveDemand(row.get("id", UUID.class), row.get("version", Integer.class),
                        ListingKind.valueOf(row.get("kind", String.class)), codes(row, "accepts"),
                        row.get("class", Integer.class), row.get("remaining", Double.class),
                        row.get("window_from", LocalDate.class), row.get("window_to", LocalDate.class),
                        row.get("max_haul_km", Double.class), row.get("lat", Double.class),
                        row.get("lon", Double.class)))
                .all();
    }

    /** Adds the status, the tonnes left, the horizon and the area's box (served by the sites' GiST index). */
    private DatabaseClient.GenericExecuteSpec active(Area area, String select, String windowFrom, String windowTo) {
        BoundingBox box = area.box();
        return db.sql(select
                        + "\n and l.status = 'ACTIVE' and l.tonnes - l.reserved_tonnes > 0"
                        + "\n and (" + windowFrom + " is null or " + windowFrom + " <= :horizonTo)"
                        + "\n and (" + windowTo + " is null or " + windowTo + " >= :horizonFrom)"
                        + "\n and s.deleted_at is null"
                        + "\n and s.location <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))"
                        + "\n order by l.id")
                .bind("horizonFrom", area.from()).bind("horizonTo", area.to())
                .bind("materials", Parameter.fromOrEmpty(
                        area.materials() == null ? null : area.materials().toArray(String[]::new), String[].class))
                .bind("minLon", box.minLon()).bind("minLat", box.minLat())
                .bind("maxLon", box.maxLon()).bind("maxLat", box.maxLat());
    }

    private static List<String> codes(Readable row, String column) {
        String[] codes = row.get(column, String[].class);
        return codes == null ? null : List.of(codes);
    }
}
