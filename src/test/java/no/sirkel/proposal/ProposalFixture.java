package no.sirkel.proposal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import no.sirkel.TestApi;

/**
 * Sets the scene for proposal tests directly in the database: sites with listings, and scenarios as the scenario
 * package stores them once solved (a plan in the optimizer plan format v1 whose match ids are listing ids, or a plan
 * over time whose flows join listings and hubs, and the listings' versions at the snapshot); hubs go through the API.
 */
final class ProposalFixture {

    private final DatabaseClient db;
    private final TestApi api;

    ProposalFixture(DatabaseClient db, TestApi api) {
        this.db = db;
        this.api = api;
    }

    /** An active one-off supply of gravel at a new site of the company in Trondheim (63.4312 N, 10.3937 E). */
    UUID supply(UUID company, double tonnes) {
        return db.sql("""
                        insert into supply (site_id, company_id, material, contamination_class, quantity_amount,
                                            quantity_unit, tonnes, kind, available_from, available_to, lon, lat)
                        select :site, :company, 'GRAVEL', 1, :tonnes, 't', :tonnes, 'ONE_OFF',
                               date '2027-03-01', date '2027-06-30', lon, lat from site where id = :site
                        returning id""")
                .bind("site", site(company, "Trondheim", 63.4312, 10.3937)).bind("company", company)
                .bind("tonnes", tonnes)
                .map(row -> row.get("id", UUID.class)).one().block();
    }

    /** An active one-off demand accepting gravel and sand at a new site of the company in Melhus (63.2874 N, 10.2811 E). */
    UUID demand(UUID company, double tonnes) {
        return db.sql("""
                        insert into demand (site_id, company_id, accepts, max_contamination_class, quantity_amount,
                                            quantity_unit, tonnes, kind, needed_from, needed_to, lon, lat)
                        select :site, :company, array['GRAVEL', 'SAND'], 2, :tonnes, 't', :tonnes, 'ONE_OFF',
                               date '2027-05-01', date '2027-09-30', lon, lat from site where id = :site
                        returning id""")
                .bind("site", site(company, "Melhus", 63.2874, 10.2811)).bind("company", company)
                .bind("tonnes", tonnes)
                .map(row -> row.get("id", UUID.class)).one().block();
    }

    /** A solved scenario whose plan has the matches, snapshotting the listings' current versions. */
    UUID solvedScenario(Match... matches) {
        return scenario("SOLVED", true, matches);
    }

    UUID scenario(String status, boolean withPlan, Match... matches) {
        String plan = Arrays.stream(matches).map(Match::json)
                .collect(Collectors.joining(",", "{\"problem\": \"test\", \"matches\": [", "]}"));
        return stored(status, withPlan ? plan : null, Arrays.stream(matches)
                .flatMap(match -> Stream.of(match.supply(), match.demand())).toArray(UUID[]::new));
    }

    /**
     * A solved scenario whose plan over time (format v2) has the flows, snapshotting the listings' current versions.
     * Only the parts proposals read are written: the flows, and the matches they sum to (none are read here).
     */
    UUID solvedTimedScenario(Flow... flows) {
        String plan = Arrays.stream(flows).map(Flow::json)
                .collect(Collectors.joining(",", "{\"problem\": \"test\", \"matches\": [], \"flows\": [", "]}"));
        return stored("SOLVED", plan, Arrays.stream(flows).flatMap(flow -> Stream.of(flow.from(), flow.to()))
                .toArray(UUID[]::new));
    }

    /**
     * A storage hub at a random place of its own (tests share one database, and scenarios snapshot an area),
     * registered through the API.
     *
     * @param operator the operating company, or null for a hub the region runs
     */
    Hub hub(UUID operator, double capacityTonnes) {
        return hub(operator, capacityTonnes, 0);
    }

    /** A storage hub as {@link #hub(UUID, double)}, holding the tonnes of class-1 gravel (none: 0). */
    Hub hub(UUID operator, double capacityTonnes, double gravelTonnes) {
        double lon = Math.round(ThreadLocalRandom.current().nextDouble(-170, 170) * 1e4) / 1e4;
        double lat = Math.round(ThreadLocalRandom.current().nextDouble(-60, 60) * 1e4) / 1e4;
        Map<?, ?> created = api.asAdmin().post().uri("/api/v1/facilities")
                .bodyValue(hubRequest(operator, capacityTonnes, gravelTonnes, lon, lat)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return new Hub(UUID.fromString((String) created.get("id")), lon, lat);
    }

    /** The facilities API's body for a storage hub named "Mellomlager" at the place, as {@link #hub} registers it. */
    static Map<String, Object> hubRequest(UUID operator, double capacityTonnes, double gravelTonnes, double lon,
                                          double lat) {
        Map<String, Object> hub = new HashMap<>(Map.of("type", "STORAGE_HUB", "name", "Mellomlager",
                "location", Map.of("type", "Point", "coordinates", List.of(lon, lat)),
                "capacityTonnes", capacityTonnes));
        if (operator != null) {
            hub.put("operatingCompany", operator.toString());
        }
        if (gravelTonnes > 0) {
            hub.put("stock", List.of(Map.of("material", "GRAVEL", "contaminationClass", 1, "tonnes", gravelTonnes)));
        }
        return hub;
    }

    /** A registered hub and its place, WGS84 degrees. */
    record Hub(UUID id, double lon, double lat) {
    }

    /** A scenario as the scenario package stores it, snapshotting the versions of those of the ids that are listings. */
    private UUID stored(String status, String plan, UUID[] listings) {
        var spec = db.sql("""
                        insert into scenario (name, horizon_from, horizon_to, parameters, seconds, status, problem,
                                              listing_versions, plan, created_by)
                        select 'proposal test', date '2027-01-01', date '2027-12-31', '{}', 30, :status, '{}',
                               coalesce((select jsonb_object_agg(id, version) from (
                                   select id, version from supply where id = any(:listings)
                                   union all select id, version from demand where id = any(:listings)) listing),
                                   '{}'),
                               cast(cast(:plan as text) as jsonb),
                               (select id from api_token where role = 'ADMIN' order by created_at limit 1)
                        returning id""")
                .bind("status", status).bind("listings", listings);
        spec = plan != null ? spec.bind("plan", plan) : spec.bindNull("plan", String.class);
        return spec.map(row -> row.get("id", UUID.class)).one().block();
    }

    /** An edit through the listings API: the version moves. */
    void editSupply(UUID id) {
        api.asAdmin().patch().uri("/api/v1/supplies/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("description", "edited")).exchange().expectStatus().isOk();
    }

    /** Tonnes promised in a deal made elsewhere, as a deal records them: no edit, the version stays. */
    void reserveSupply(UUID id, double tonnes) {
        db.sql("update supply set reserved_tonnes = reserved_tonnes + :tonnes where id = :id")
                .bind("id", id).bind("tonnes", tonnes).then().block();
    }

    void deleteDemand(UUID id) {
        db.sql("delete from demand where id = :id").bind("id", id).then().block();
    }

    Listing supplyRow(UUID id) {
        return listing("supply", id);
    }

    Listing demandRow(UUID id) {
        return listing("demand", id);
    }

    ProposalState state(UUID proposal) {
        return db.sql("select state from proposal where id = :id").bind("id", proposal)
                .map(row -> ProposalState.valueOf(row.get("state", String.class))).one().block();
    }

    long eventCount(UUID proposal) {
        return db.sql("select count(*) as n from proposal_event where proposal_id = :id").bind("id", proposal)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    long proposalCount(UUID scenario) {
        return db.sql("select count(*) as n from proposal where scenario_id = :id").bind("id", scenario)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private Listing listing(String table, UUID id) {
        return db.sql("select tonnes, reserved_tonnes, status, version from " + table + " where id = :id")
                .bind("id", id)
                .map(row -> new Listing(row.get("tonnes", Double.class), row.get("reserved_tonnes", Double.class),
                        row.get("status", String.class), row.get("version", Integer.class)))
                .one().block();
    }

    private UUID site(UUID company, String municipality, double lat, double lon) {
        return db.sql("""
                        insert into site (company_id, name, lat, lon, municipality)
                        values (:company, 'Test site', :lat, :lon, :municipality) returning id""")
                .bind("company", company).bind("lat", lat).bind("lon", lon).bind("municipality", municipality)
                .map(row -> row.get("id", UUID.class)).one().block();
    }

    /** One match of a plan: the supply sends the tonnes to the demand over 20 km. */
    record Match(UUID supply, UUID demand, double tonnes) {

        String json() {
            return String.format(Locale.ROOT, "{\"supply\": \"%s\", \"demand\": \"%s\", \"tonnes\": %s, \"km\": 20.0,"
                    + " \"truckTrips\": %d, \"cost\": %s, \"co2Kg\": %s}", supply, demand, tonnes,
                    (int) Math.ceil(tonnes / 17), tonnes * 20 * 2.0, tonnes * 20 * 0.09);
        }
    }

    /**
     * One flow of a plan over time, 10 km long.
     *
     * @param kind   {@code MATCH}, {@code TO_HUB} or {@code FROM_HUB}
     * @param period the first day of the flow's month
     */
    record Flow(String kind, UUID from, UUID to, String period, double tonnes) {

        String json() {
            String stock = kind.equals("MATCH") ? "" : ", \"material\": \"GRAVEL\", \"contaminationClass\": 1"
                    + (kind.equals("TO_HUB") ? ", \"processed\": false" : "");
            return String.format(Locale.ROOT, "{\"kind\": \"%s\", \"from\": \"%s\", \"to\": \"%s\","
                            + " \"period\": \"%s\"%s, \"tonnes\": %s, \"km\": 10.0, \"truckTrips\": %d,"
                            + " \"cost\": %s, \"co2Kg\": %s}", kind, from, to, period, stock, tonnes,
                    (int) Math.ceil(tonnes / 17), tonnes * 10 * 2.0, tonnes * 10 * 0.09);
        }
    }

    /** A listing's stock and state as stored. */
    record Listing(double tonnes, double reservedTonnes, String status, int version) {
    }
}
