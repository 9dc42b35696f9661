package no.sirkel.listing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import no.sirkel.geo.BoundingBox;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads listings and facilities for candidate searches.
 *
 * <p>The counterpart queries apply the eligibility rules in SQL so that the database can rank and cut to the page:
 * a lon/lat box around the listing sized from the haul limit ({@link BoundingBox#around}), the material, class, windows
 * and the haversine haul limits, ordered by great-circle km. They are a conservative pre-filter (limits widened by
 * {@link #BOUNDARY_TOLERANCE}): {@link CandidateRules} has the last word on every row.
 *
 * <p>The box is given as ranges of the site's {@code lat} and {@code lon} columns rather than as
 * {@code location <@ box} on the GiST index, because PostgreSQL estimates {@code <@} at a fixed 0.1 % of the sites
 * whatever the box's size, and so always nests a loop over each site's listings. A haul limit of 80 km around
 * Trondheim holds most of the region's sites: with 100,000 listings on 5,000 sites, EXPLAIN ANALYZE on a loaded
 * 2-core machine gave 100-260 ms for that plan, against 35-55 ms for the range form, which the planner estimates from
 * column statistics and so hash-joins the sites in the box with the listings of the material; for a 15 km haul the
 * range form was still the faster (20-40 ms against 40-80 ms).
 */
@Repository
class CandidateRepository {

    /** Relative widening of haul limits in SQL, so floating-point noise never drops a pair the rules accept. */
    static final double BOUNDARY_TOLERANCE = 1e-9;

    private static final String SUPPLY_COLUMNS = """
            l.id, l.company_id, l.site_id, l.status, si.name as site_name, si.lat, si.lon, si.municipality,
            l.material, l.contamination_class, l.tonnes, l.kind, l.available_from, l.available_to""";
    private static final String DEMAND_COLUMNS = """
            l.id, l.company_id, l.site_id, l.status, si.name as site_name, si.lat, si.lon, si.municipality,
            l.accepts, l.max_contamination_class, l.tonnes, l.kind, l.needed_from, l.needed_to, l.max_haul_km""";
    private static final String GREAT_CIRCLE_KM = """
            cross join lateral (select great_circle_km(:lat, :lon, si.lat, si.lon) as km) gc
            """;

    private final DatabaseClient db;
    private final TransactionalOperator transactions;

    CandidateRepository(DatabaseClient db, TransactionalOperator transactions) {
        this.db = db;
        this.transactions = transactions;
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
        double maxKm = rules.maxGreatCircleKm(null) * (1 + BOUNDARY_TOLERANCE);
        StringBuilder sql = new StringBuilder("select ").append(DEMAND_COLUMNS)
                .append(" from demand l join site si on si.id = l.site_id ").append(GREAT_CIRCLE_KM).append("""
                        where l.status = 'ACTIVE' and si.deleted_at is null and l.accepts @> array[:material]::text[]
                          and gc.km <= :maxKm
                          and (l.max_haul_km is null or gc.km <= l.max_haul_km / :roadFactor * :widening)
                          and si.lat between :minLat and :maxLat and si.lon between :minLon and :maxLon""");
        Map<String, Object> bindings = new LinkedHashMap<>();
        bindings.put("material", supply.material());
        bindings.put("roadFactor", rules.roadFactor());
        bindings.put("widening", 1 + BOUNDARY_TOLERANCE);
        if (supply.contaminationClass() != null) {
            sql.append(" and (l.max_contamination_class is null or l.max_contamination_class >= :class)");
            bindings.put("class", supply.contaminationClass());
        }
        if (supply.availableFrom() != null) {
            sql.append(" and (l.needed_to is null or l.needed_to >= :availableFrom)");
            bindings.put("availableFrom", supply.availableFrom());
        }
        if (supply.availableTo() != null) {
            sql.append(" and (l.needed_from is null or l.needed_from <= :availableTo)");
            bindings.put("availableTo", supply.availableTo());
        }
        return withCustomPlan(counterparts(sql, bindings, supply.lat(), supply.lon(), maxKm, limit)
                .map(CandidateRepository::demandRow)
                .all());
    }

    /** Active supplies the demand may take, nearest first, at most {@code limit}. */
    Flux<SupplyRow> suppliesFor(DemandRow demand, CandidateRules rules, int limit) {
        double maxKm = rules.maxGreatCircleKm(demand.maxHaulKm()) * (1 + BOUNDARY_TOLERANCE);
        StringBuilder sql = new StringBuilder("select ").append(SUPPLY_COLUMNS)
                .append(" from supply l join site si on si.id = l.site_id ").append(GREAT_CIRCLE_KM).append("""
                        where l.status = 'ACTIVE' and si.deleted_at is null and l.material = any(:accepts)
                          and gc.km <= :maxKm
                          and si.lat between :minLat and :maxLat and si.lon between :minLon and :maxLon""");
        Map<String, Object> bindings = new LinkedHashMap<>();
        bindings.put("accepts", demand.accepts().toArray(String[]::new));
        if (demand.maxContaminationClass() != null) {
            sql.append(" and (l.contamination_class is null or l.contamination_class <= :maxClass)");
            bindings.put("maxClass", demand.maxContaminationClass());
        }
        if (demand.neededTo() != null) {
            sql.append(" and (l.available_from is null or l.available_from <= :neededTo)");
            bindings.put("neededTo", demand.neededTo());
        }
        if (demand.neededFrom() != null) {
            sql.append(" and (l.available_to is null or l.available_to >= :neededFrom)");
            bindings.put("neededFrom", demand.neededFrom());
        }
        return withCustomPlan(counterparts(sql, bindings, demand.lat(), demand.lon(), maxKm, limit)
                .map(CandidateRepository::supplyRow)
                .all());
    }

    private DatabaseClient.GenericExecuteSpec counterparts(StringBuilder sql, Map<String, Object> bindings,
                                                           double lat, double lon, double maxKm, int limit) {
        BoundingBox box = BoundingBox.around(lat, lon, maxKm);
        sql.append(" order by gc.km, l.id limit :limit");
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql.toString())
                .bind("lat", lat).bind("lon", lon).bind("maxKm", maxKm).bind("limit", limit)
                .bind("minLon", box.minLon()).bind("minLat", box.minLat())
                .bind("maxLon", box.maxLon()).bind("maxLat", box.maxLat());
        for (Map.Entry<String, Object> binding : bindings.entrySet()) {
            spec = spec.bind(binding.getKey(), binding.getValue());
        }
        return spec;
    }

    /**
     * Runs the query with a plan made for its actual values. The driver prepares and caches statements per
     * connection, and after five executions PostgreSQL may switch to a generic plan, which knows no box and estimates
     * a handful of sites in it: the nested loop again, 2-3 times slower than the custom plan at 100,000 listings.
     */
    private <T> Flux<T> withCustomPlan(Flux<T> query) {
        return db.sql("set local plan_cache_mode = force_custom_plan").then()
                .thenMany(query)
                .as(transactions::transactional);
    }

    /** Every active disposal site: few enough that the rules pick the eligible ones. */
    Flux<FacilityRow> disposalSites() {
        return db.sql("""
                        select id, name, lat, lon, accepts as materials, max_contamination_class,
                               gate_fee_per_tonne as fee_per_tonne
                        from facility where type = 'DISPOSAL' and active""")
                .map(CandidateRepository::facilityRow)
                .all();
    }

    /** Every active virgin source. */
    Flux<FacilityRow> virginSources() {
        return db.sql("""
                        select id, name, lat, lon, materials, max_contamination_class, price_per_tonne as fee_per_tonne
                        from facility where type = 'VIRGIN_SOURCE' and active""")
                .map(CandidateRepository::facilityRow)
                .all();
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

    private static FacilityRow facilityRow(Readable row) {
        String[] materials = row.get("materials", String[].class);
        BigDecimal fee = row.get("fee_per_tonne", BigDecimal.class);
        return new FacilityRow(row.get("id", UUID.class), row.get("name", String.class),
                row.get("lat", Double.class), row.get("lon", Double.class),
                materials == null ? null : List.of(materials),
                row.get("max_contamination_class", Integer.class), fee.doubleValue());
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

    /**
     * A disposal site or virgin source: {@code materials} is what a disposal site accepts (null = every material)
     * or what a source sells; the fee is the gate fee or the price, NOK per tonne.
     */
    record FacilityRow(UUID id, String name, double lat, double lon, List<String> materials,
                       Integer maxContaminationClass, double feePerTonne) {
    }
}
