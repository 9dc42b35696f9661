package no.sirkel.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import io.r2dbc.spi.Readable;
import no.sirkel.geo.BoundingBox;
import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.DisposalSite;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.Supply;
import no.sirkel.optimizer.problem.VirginSource;
import reactor.core.publisher.Mono;

/**
 * Turns the live marketplace into an optimizer problem for one scenario: the ACTIVE listings whose windows meet the
 * horizon, at sites inside the region, of the chosen materials, with what remains of them after deals; and the active
 * landfills and quarries inside the region. Storage hubs are not part of the problem format (version 1) and are left
 * out.
 *
 * <p>A one-off listing contributes what remains of it. A recurring stream's amount is per year: it contributes its
 * remaining yearly amount times the share of a year that its window and the horizon have in common. Windows are cut
 * to the horizon.
 */
@Component
class SnapshotTaker {

    private static final double DAYS_PER_YEAR = 365.0;
    private static final double MIN_TONNES = 1e-6;

    private final DatabaseClient db;

    SnapshotTaker(DatabaseClient db) {
        this.db = db;
    }

    Mono<Snapshot> take(ScenarioSpec spec) {
        Map<String, Integer> versions = new HashMap<>();
        Mono<List<Supply>> supplies = withListingFilters(listingQuery("""
                        select s.id, s.material, s.contamination_class, s.tonnes - s.reserved_tonnes as remaining, s.kind,
                               s.available_from as window_from, s.available_to as window_to, s.version, t.lat, t.lon
                        from supply s join site t on t.id = s.site_id
                        where s.status = 'ACTIVE'
                          and (cast(:materials as text[]) is null or s.material = any(cast(:materials as text[])))""",
                        "s.available_from", "s.available_to", "s"), spec)
                .map(row -> {
                    versions.put(row.get("id", UUID.class).toString(), row.get("version", Integer.class));
                    return supply(row, spec);
                })
                .all().filter(supply -> covered(spec, supply.lon(), supply.lat()) && supply.tonnes() > MIN_TONNES)
                .collectList();
        Mono<List<Demand>> demands = withListingFilters(listingQuery("""
                        select d.id, d.accepts, d.max_contamination_class, d.tonnes - d.reserved_tonnes as remaining,
                               d.kind, d.needed_from as window_from, d.needed_to as window_to, d.max_haul_km,
                               d.version, t.lat, t.lon
                        from demand d join site t on t.id = d.site_id
                        where d.status = 'ACTIVE'
                          and (cast(:materials as text[]) is null or d.accepts && cast(:materials as text[]))""",
                        "d.needed_from", "d.needed_to", "d"), spec)
                .map(row -> {
                    versions.put(row.get("id", UUID.class).toString(), row.get("version", Integer.class));
                    return demand(row, spec);
                })
                .all().filter(demand -> covered(spec, demand.lon(), demand.lat()) && demand.tonnes() > MIN_TONNES)
                .collectList();
        Mono<List<DisposalSite>> disposalSites = facilities(spec, "DISPOSAL")
                .map(row -> new DisposalSite(id(row), row.get("lat", Double.class), row.get("lon", Double.class),
                        codes(row, "accepts"), row.get("max_contamination_class", Integer.class),
                        row.get("gate_fee_per_tonne", BigDecimal.class).doubleValue()))
                .all().filter(site -> covered(spec, site.lon(), site.lat())).collectList();
        Mono<List<VirginSource>> virginSources = facilities(spec, "VIRGIN_SOURCE")
                .map(row -> new VirginSource(id(row), row.get("lat", Double.class), row.get("lon", Double.class),
                        codes(row, "materials"), row.get("price_per_tonne", BigDecimal.class).doubleValue()))
                .all().filter(source -> covered(spec, source.lon(), source.lat())).collectList();
        return Mono.zip(supplies, demands, disposalSites, virginSources)
                .map(parts -> new Snapshot(new Problem(spec.name(), spec.parameters(), parts.getT1(), parts.getT2(),
                        parts.getT3(), parts.getT4(), List.of()), Map.copyOf(versions)));
    }

    /** Adds the horizon and the region's bounding box (served by the sites' GiST index) to a listing query. */
    private DatabaseClient.GenericExecuteSpec listingQuery(String select, String windowFrom, String windowTo,
                                                           String alias) {
        return db.sql(select + "\n and (" + windowFrom + " is null or " + windowFrom + " <= :horizonTo)"
                + "\n and (" + windowTo + " is null or " + windowTo + " >= :horizonFrom)"
                + "\n and " + alias + ".tonnes - " + alias + ".reserved_tonnes > 0"
                + "\n and t.deleted_at is null"
                + "\n and t.location <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))"
                + "\n order by " + alias + ".id");
    }

    private static DatabaseClient.GenericExecuteSpec withListingFilters(DatabaseClient.GenericExecuteSpec query,
                                                                       ScenarioSpec spec) {
        query = withArea(query, spec).bind("horizonFrom", spec.from()).bind("horizonTo", spec.to());
        return spec.materials() == null ? query.bindNull("materials", String[].class)
                : query.bind("materials", spec.materials().toArray(String[]::new));
    }

    /** Binds the region's bounding box, or the whole world where there is no region. */
    private static DatabaseClient.GenericExecuteSpec withArea(DatabaseClient.GenericExecuteSpec query,
                                                              ScenarioSpec spec) {
        BoundingBox box = spec.region() == null ? new BoundingBox(-180, -90, 180, 90) : spec.region().boundingBox();
        return query.bind("minLon", box.minLon()).bind("minLat", box.minLat())
                .bind("maxLon", box.maxLon()).bind("maxLat", box.maxLat());
    }

    private DatabaseClient.GenericExecuteSpec facilities(ScenarioSpec spec, String type) {
        return withArea(db.sql("""
                        select id, lat, lon, accepts, materials, max_contamination_class, gate_fee_per_tonne,
                               price_per_tonne
                        from facility
                        where type = :type and active
                          and location <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))
                        order by id""")
                .bind("type", type), spec);
    }

    private Supply supply(Readable row, ScenarioSpec spec) {
        Window window = Window.of(row, spec);
        return new Supply(id(row), row.get("lat", Double.class), row.get("lon", Double.class),
                row.get("material", String.class), row.get("contamination_class", Integer.class),
                tonnesInHorizon(row, window, spec), window.from(), window.to());
    }

    private Demand demand(Readable row, ScenarioSpec spec) {
        Window window = Window.of(row, spec);
        List<String> accepts = codes(row, "accepts");
        if (spec.materials() != null) {
            accepts = accepts.stream().filter(spec.materials()::contains).toList();
        }
        return new Demand(id(row), row.get("lat", Double.class), row.get("lon", Double.class), accepts,
                row.get("max_contamination_class", Integer.class), tonnesInHorizon(row, window, spec),
                window.from(), window.to(), row.get("max_haul_km", Double.class));
    }

    private static double tonnesInHorizon(Readable row, Window window, ScenarioSpec spec) {
        double remaining = row.get("remaining", Double.class);
        if (!"RECURRING".equals(row.get("kind", String.class))) {
            return remaining;
        }
        long days = ChronoUnit.DAYS.between(window.from(), window.to()) + 1;
        return remaining * days / DAYS_PER_YEAR;
    }

    private static boolean covered(ScenarioSpec spec, double lon, double lat) {
        return spec.region() == null || spec.region().covers(lon, lat);
    }

    private static String id(Readable row) {
        return row.get("id", UUID.class).toString();
    }

    private static List<String> codes(Readable row, String column) {
        String[] codes = row.get(column, String[].class);
        return codes == null ? null : new ArrayList<>(Arrays.asList(codes));
    }

    /** A listing's window cut to the horizon; open ends become the horizon's ends. */
    private record Window(LocalDate from, LocalDate to) {

        static Window of(Readable row, ScenarioSpec spec) {
            LocalDate from = row.get("window_from", LocalDate.class);
            LocalDate to = row.get("window_to", LocalDate.class);
            return new Window(from == null || from.isBefore(spec.from()) ? spec.from() : from,
                    to == null || to.isAfter(spec.to()) ? spec.to() : to);
        }
    }
}
