package no.sirkel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Makes deals as the proposal feature stores them once both sides accepted: a supply and a demand at new sites, a
 * solved scenario, the proposal in state DEAL with its history, and the tonnes reserved. The sites and listings are
 * registered through the API; what no API does (a deal agreed on a given day, without a solve, and the listing dated
 * back to when it was listed) is written in the database, so that tests of reports and indicators can build a history.
 */
public final class DealFixture {

    private final TestApi api;
    private final DatabaseClient db;

    public DealFixture(TestApi api, DatabaseClient db) {
        this.api = api;
        this.db = db;
    }

    /** A new site of the company in the municipality, registered through the API. */
    public UUID site(UUID company, String municipality, double lat, double lon) {
        return api.createSiteIn(company, "Fixture site", municipality, lon, lat);
    }

    /** A deal of gravel (class 1) in tonnes, listed on the day before the window opens and agreed that day. */
    public UUID deal(UUID supplier, UUID receiver, double tonnes, double km, LocalDate from, LocalDate to) {
        Instant day = from.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return deal(new Spec(supplier, site(supplier, "Trondheim", 63.43, 10.39), receiver,
                site(receiver, "Melhus", 63.29, 10.28), "GRAVEL", tonnes, "t", tonnes, km, from, to, day, day));
    }

    /**
     * A deal as specified.
     *
     * @param material a material the condition classes apply to (the supply is class 1, the demand takes up to 2)
     * @param amount   the supply's quantity in {@code unit} ({@code tonnes} when the unit is {@code t})
     */
    public record Spec(UUID supplier, UUID supplySite, UUID receiver, UUID demandSite, String material,
                       double tonnes, String unit, double amount, double km, LocalDate from, LocalDate to,
                       Instant listedAt, Instant agreedAt) {
    }

    public UUID deal(Spec spec) {
        Map<String, Object> supplyBody = new HashMap<>(Map.of("siteId", spec.supplySite().toString(),
                "material", spec.material(), "contaminationClass", 1,
                "quantity", Map.of("amount", spec.amount(), "unit", spec.unit()), "kind", "ONE_OFF",
                "availableFrom", spec.from().toString(), "availableTo", spec.to().toString()));
        if (!spec.unit().equals("t")) {
            supplyBody.put("densityTonnesPerM3", spec.tonnes() / spec.amount());
        }
        UUID supply = TestApi.id(api.asAdmin().post().uri("/api/v1/supplies").bodyValue(supplyBody));
        UUID demand = TestApi.id(api.asAdmin().post().uri("/api/v1/demands").bodyValue(Map.of(
                "siteId", spec.demandSite().toString(), "accepts", List.of(spec.material()),
                "maxContaminationClass", 2, "quantity", Map.of("amount", spec.tonnes(), "unit", "t"),
                "kind", "ONE_OFF", "neededFrom", spec.from().toString(), "neededTo", spec.to().toString())));
        for (Map.Entry<String, UUID> listing : Map.of("supply", supply, "demand", demand).entrySet()) {
            db.sql("update " + listing.getKey() + " set created_at = :listed, reserved_tonnes = tonnes, "
                            + "status = 'MATCHED' where id = :id")
                    .bind("listed", spec.listedAt().atOffset(ZoneOffset.UTC)).bind("id", listing.getValue())
                    .then().block();
        }
        UUID proposal = db.sql("""
                        with scenario as (
                            insert into scenario (name, horizon_from, horizon_to, parameters, seconds, status, problem,
                                                  listing_versions, created_by)
                            select 'deal fixture', :from, :to, '{}', 1, 'SOLVED', '{}', '{}',
                                   (select id from api_token where role = 'ADMIN' order by created_at limit 1)
                            returning id)
                        insert into proposal (scenario_id, supply_id, demand_id, tonnes, km, cost, co2_kg,
                                              supply_version, demand_version, state, created_at,
                                              supplier_company, receiver_company)
                        select id, :supply, :demand, :tonnes, :km, :tonnes * :km * 2.0, :tonnes * :km * 0.09, 0, 0,
                               'DEAL', :agreed, :supplier, :receiver
                        from scenario returning id""")
                .bind("from", spec.from()).bind("to", spec.to()).bind("supply", supply).bind("demand", demand)
                .bind("tonnes", spec.tonnes()).bind("km", spec.km())
                .bind("supplier", spec.supplier()).bind("receiver", spec.receiver())
                .bind("agreed", spec.agreedAt().atOffset(ZoneOffset.UTC))
                .map(row -> row.get("id", UUID.class)).one().block();
        db.sql("""
                        insert into proposal_event (proposal_id, from_state, to_state, reason, at)
                        values (:proposal, 'ACCEPTED_BY_SUPPLIER', 'DEAL', 'fixture', :agreed)""")
                .bind("proposal", proposal).bind("agreed", spec.agreedAt().atOffset(ZoneOffset.UTC))
                .then().block();
        return proposal;
    }
}
