package no.sirkel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Makes deals directly in the database, as the proposal feature stores them once both sides accepted: a supply and a
 * demand at new sites, a solved scenario, the proposal in state DEAL with its history, and the tonnes reserved. Times
 * can be set in the past, so that tests of reports and indicators can build a history.
 */
public final class DealFixture {

    private final DatabaseClient db;

    public DealFixture(DatabaseClient db) {
        this.db = db;
    }

    /** A new site of the company in the municipality. */
    public UUID site(UUID company, String municipality, double lat, double lon) {
        return db.sql("""
                        insert into site (company_id, name, lat, lon, municipality)
                        values (:company, 'Fixture site', :lat, :lon, :municipality) returning id""")
                .bind("company", company).bind("lat", lat).bind("lon", lon).bind("municipality", municipality)
                .map(row -> row.get("id", UUID.class)).one().block();
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
     * @param amount the supply's quantity in {@code unit} ({@code tonnes} when the unit is {@code t})
     */
    public record Spec(UUID supplier, UUID supplySite, UUID receiver, UUID demandSite, String material,
                       double tonnes, String unit, double amount, double km, LocalDate from, LocalDate to,
                       Instant listedAt, Instant agreedAt) {
    }

    public UUID deal(Spec spec) {
        UUID supply = db.sql("""
                        insert into supply (site_id, company_id, material, contamination_class, quantity_amount,
                                            quantity_unit, tonnes, kind, available_from, available_to, created_at,
                                            reserved_tonnes, status)
                        values (:site, :company, :material, 1, :amount, :unit, :tonnes, 'ONE_OFF', :from, :to, :listed,
                                :tonnes, 'MATCHED')
                        returning id""")
                .bind("site", spec.supplySite()).bind("company", spec.supplier()).bind("material", spec.material())
                .bind("amount", spec.amount()).bind("unit", spec.unit()).bind("tonnes", spec.tonnes())
                .bind("from", spec.from()).bind("to", spec.to()).bind("listed", spec.listedAt().atOffset(ZoneOffset.UTC))
                .map(row -> row.get("id", UUID.class)).one().block();
        UUID demand = db.sql("""
                        insert into demand (site_id, company_id, accepts, max_contamination_class, quantity_amount,
                                            quantity_unit, tonnes, kind, needed_from, needed_to, created_at,
                                            reserved_tonnes, status)
                        values (:site, :company, array[:material], 2, :tonnes, 't', :tonnes, 'ONE_OFF', :from, :to,
                                :listed, :tonnes, 'MATCHED')
                        returning id""")
                .bind("site", spec.demandSite()).bind("company", spec.receiver()).bind("material", spec.material())
                .bind("tonnes", spec.tonnes()).bind("from", spec.from()).bind("to", spec.to())
                .bind("listed", spec.listedAt().atOffset(ZoneOffset.UTC))
                .map(row -> row.get("id", UUID.class)).one().block();
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
