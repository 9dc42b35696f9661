package no.sirkel.listing.candidate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.r2dbc.spi.Readable;
import no.sirkel.geo.SpherePoint;
import no.sirkel.listing.ListingStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads listings for candidate searches.
 *
 * <p>The counterpart queries apply the eligibility rules in SQL (material, class, windows, haul limits) so that the
 * database can cut to the page; they are a conservative pre-filter (limits widened by {@link #BOUNDARY_TOLERANCE}):
 * {@link CandidateRules} has the last word on every row. Since the estimated cost per tonne grows with the distance,
 * the nearest eligible counterparts are the cheapest. The queries first walk the nearest sites on a GiST index and
 * stop when the page is full: under 1 ms at 100,000 listings where counterparts abound. The form they replaced (all
 * listings of the material joined to the sites in a lon/lat box, then sorted) took 28-45 ms there on a loaded 2-core
 * machine, for a 5 km reach as for 80 km, because the region's sites crowd around Trondheim. That form remains for
 * the few searches whose walk comes back short (few or far counterparts), where it is cheap because its filters
 * leave few rows: 5 ms for a class-4 supply nobody nearby takes, against 50 ms for walking all 5,000 sites.
 */
@Repository
class CandidateRepository {

    /** Relative widening of haul limits in SQL, so floating-point noise never drops a pair the rules accept. */
    static final double BOUNDARY_TOLERANCE = 1e-9;

    /** Sites a nearest-first walk visits at most before the search reads the material's listings instead. */
    static final int WALK_SITES = 200;

    private static final String SUPPLY_COLUMNS = """
            l.id, l.company_id, l.site_id, l.status, si.name as site_name, si.lat, si.lon, si.municipality,
            l.material, l.contamination_class, l.tonnes, l.kind, l.available_from, l.available_to""";
    private static final String DEMAND_COLUMNS = """
            l.id, l.company_id, l.site_id, l.status, si.name as site_name, si.lat, si.lon, si.municipality,
            l.accepts, l.max_contamination_class, l.tonnes, l.kind, l.needed_from, l.needed_to, l.max_haul_km""";

    private final DatabaseClient db;

    CandidateRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<SupplyRow> supply(UUID id) {
        return db.sql("select " + SUPPLY_COLUMNS + " from supply l join site si on si.id = l.site_id where l.id = :id")
                .bind("id", id)
                .map(CandidateRepository::supplyRow)
                .one();
    }

    Mono<DemandRow> demand(UUID id) {
        return db.sql("select " + DEMAND_COLUMNS + " from demand l join site si on si.id = l.site_id where l.id = :id")
                .bind("id", id)
                .map(CandidateRepository::demandRow)
                .one();
    }

    /** Active demands that may take the supply, nearest first, at most {@code limit}. */
    Flux<DemandRow> demandsFor(SupplyRow supply, CandidateRules rules, int limit) {
        StringBuilder conditions = new StringBuilder("""
                l.status = 'ACTIVE'
                  and (l.max_haul_km is null or si.km <= l.max_haul_km / :roadFactor * :widening)""");
        Map<String, Object> bindings = new LinkedHashMap<>();
        bindings.put("material", supply.material());
        bindings.put("roadFactor", rules.roadFactor());
        bindings.put("widening", 1 + BOUNDARY_TOLERANCE);
        if (supply.contaminationClass() != null) {
            conditions.append(" and (l.max_contamination_class is null or l.max_contamination_class >= :class)");
            bindings.put("class", supply.contaminationClass());
        }
        if (supply.availableFrom() != null) {
            conditions.append(" and (l.needed_to is null or l.needed_to >= :availableFrom)");
            bindings.put("availableFrom", supply.availableFrom());
        }
        if (supply.availableTo() != null) {
            conditions.append(" and (l.needed_from is null or l.needed_from <= :availableTo)");
            bindings.put("availableTo", supply.availableTo());
        }
        // Within one site "= any" keeps the GIN index on accepts out: probing it per site costs far more than
        // checking a site's few demands, and a cached generic plan would not know that.
        return nearestFirst(new Counterparts("demand", DEMAND_COLUMNS, ":material = any(l.accepts)",
                        "l.accepts @> array[:material]::text[]", conditions.toString(), bindings),
                supply.lat(), supply.lon(), rules.maxGreatCircleKm(null), limit, CandidateRepository::demandRow);
    }

    /** Active supplies the demand may take, nearest first, at most {@code limit}. */
    Flux<SupplyRow> suppliesFor(DemandRow demand, CandidateRules rules, int limit) {
        StringBuilder conditions = new StringBuilder("l.status = 'ACTIVE'");
        Map<String, Object> bindings = new LinkedHashMap<>();
        bindings.put("accepts", demand.accepts().toArray(String[]::new));
        if (demand.maxContaminationClass() != null) {
            conditions.append(" and (l.contamination_class is null or l.contamination_class <= :maxClass)");
            bindings.put("maxClass", demand.maxContaminationClass());
        }
        if (demand.neededTo() != null) {
            conditions.append(" and (l.available_from is null or l.available_from <= :neededTo)");
            bindings.put("neededTo", demand.neededTo());
        }
        if (demand.neededFrom() != null) {
            conditions.append(" and (l.available_to is null or l.available_to >= :neededFrom)");
            bindings.put("neededFrom", demand.neededFrom());
        }
        String material = "l.material = any(:accepts)";
        return nearestFirst(new Counterparts("supply", SUPPLY_COLUMNS, material, material, conditions.toString(),
                        bindings), demand.lat(), demand.lon(), rules.maxGreatCircleKm(demand.maxHaulKm()), limit,
                CandidateRepository::supplyRow);
    }

    /**
     * The first {@code limit} counterparts within {@code maxKm} great-circle km of the point, nearest first (each
     * site's by id). The walk visits the {@value #WALK_SITES} live sites nearest the point, on the GiST index of
     * their {@link SpherePoint}s, and stops as soon as the page is full. Where it comes back short, the counterparts
     * are few or far: the search then reads every listing of the material and sorts those within reach.
     */
    private <T> Flux<T> nearestFirst(Counterparts counterparts, double lat, double lon, double maxKm, int limit,
                                     Function<Readable, T> row) {
        SpherePoint centre = SpherePoint.of(lat, lon);
        String walk = "select " + counterparts.columns() + " from (select si.*, "
                + "great_circle_km(:lat, :lon, si.lat, si.lon) as km from site si where si.deleted_at is null "
                + "order by si.sphere_point <-> cube(array[:x, :y, :z]) limit :walkSites) si "
                + "cross join lateral (select * from " + counterparts.table() + " l where l.site_id = si.id and "
                + counterparts.materialWithinSite() + " and " + counterparts.conditions() + " order by l.id) l "
                + "where si.km <= :maxKm limit :limit";
        String scan = "select " + counterparts.columns() + " from " + counterparts.table() + " l join (select s.*, "
                + "great_circle_km(:lat, :lon, s.lat, s.lon) as km from site s where s.deleted_at is null) si "
                + "on si.id = l.site_id where " + counterparts.material() + " and " + counterparts.conditions()
                + " and si.km <= :maxKm order by si.km, l.id limit :limit";
        Map<String, Object> bindings = new LinkedHashMap<>(counterparts.bindings());
        bindings.put("lat", lat);
        bindings.put("lon", lon);
        bindings.put("maxKm", maxKm * (1 + BOUNDARY_TOLERANCE));
        bindings.put("limit", limit);
        return db.sql(walk).bindValues(bindings).bind("x", centre.x()).bind("y", centre.y()).bind("z", centre.z())
                .bind("walkSites", WALK_SITES)
                .map(row::apply).all().collectList()
                .flatMapMany(near -> near.size() >= limit ? Flux.fromIterable(near)
                        : db.sql(scan).bindValues(bindings).map(row::apply).all());
    }

    /**
     * What a candidate search looks for: listings of {@code table} meeting {@code conditions} (on listing {@code l}
     * and its site {@code si}, {@code si.km} great-circle km away), with the material condition written for the
     * listings of one site and for the whole table.
     */
    private record Counterparts(String table, String columns, String materialWithinSite, String material,
                                String conditions, Map<String, Object> bindings) {
    }

    private static SupplyRow supplyRow(Readable row) {
        return new SupplyRow(row.get("id", UUID.class), row.get("company_id", UUID.class),
                row.get("site_id", UUID.class), ListingStatus.valueOf(row.get("status", String.class)),
                row.get("site_name", String.class), row.get("lat", Double.class), row.get("lon", Double.class),
                row.get("municipality", String.class), row.get("material", String.class),
                row.get("contamination_class", Integer.class), row.get("tonnes", Double.class),
                row.get("kind", String.class), row.get("available_from", LocalDate.class),
                row.get("available_to", LocalDate.class));
    }

    private static DemandRow demandRow(Readable row) {
        return new DemandRow(row.get("id", UUID.class), row.get("company_id", UUID.class),
                row.get("site_id", UUID.class), ListingStatus.valueOf(row.get("status", String.class)),
                row.get("site_name", String.class), row.get("lat", Double.class), row.get("lon", Double.class),
                row.get("municipality", String.class), List.of(row.get("accepts", String[].class)),
                row.get("max_contamination_class", Integer.class), row.get("tonnes", Double.class),
                row.get("kind", String.class), row.get("needed_from", LocalDate.class),
                row.get("needed_to", LocalDate.class), row.get("max_haul_km", Double.class));
    }

    /** A supply listing with its site's location. */
    record SupplyRow(UUID id, UUID companyId, UUID siteId, ListingStatus status, String siteName, double lat,
                     double lon, String municipality, String material, Integer contaminationClass, double tonnes,
                     String kind, LocalDate availableFrom, LocalDate availableTo) {

        CandidateRules.Supply terms() {
            return new CandidateRules.Supply(lat, lon, material, contaminationClass, availableFrom, availableTo);
        }
    }

    /** A demand listing with its site's location. */
    record DemandRow(UUID id, UUID companyId, UUID siteId, ListingStatus status, String siteName, double lat,
                     double lon, String municipality, List<String> accepts, Integer maxContaminationClass,
                     double tonnes, String kind, LocalDate neededFrom, LocalDate neededTo, Double maxHaulKm) {

        CandidateRules.Demand terms() {
            return new CandidateRules.Demand(lat, lon, accepts, maxContaminationClass, neededFrom, neededTo,
                    maxHaulKm);
        }
    }
}
