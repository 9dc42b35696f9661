package no.sirkel.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Stores a publication's proposals, their schedules and their first events, in one statement. */
@Repository
class PublicationRepository {

    private final DatabaseClient db;

    PublicationRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Boolean> isPublished(UUID scenarioId) {
        return db.sql("select exists (select 1 from proposal where scenario_id = :id) as published")
                .bind("id", scenarioId).map(row -> row.get("published", Boolean.class)).one();
    }

    /**
     * Inserts the proposals, each with its schedule and a first event: published, or published stale with the
     * reason.
     *
     * @param snapshotAt when the scenario's snapshot was taken
     * @return how many proposals were created
     */
    Mono<Long> insert(UUID scenarioId, Instant snapshotAt, UUID actorToken, List<PlannedProposal> planned) {
        if (planned.isEmpty()) {
            return Mono.just(0L);
        }
        List<Integer> periodLegs = new ArrayList<>();
        List<LocalDate> periods = new ArrayList<>();
        List<Double> periodTonnes = new ArrayList<>();
        for (int leg = 0; leg < planned.size(); leg++) {
            for (var period : planned.get(leg).schedule()) {
                periodLegs.add(leg + 1);
                periods.add(period.period());
                periodTonnes.add(period.tonnes());
            }
        }
        var insert = db.sql("""
                        with planned as (
                            select * from unnest(:kinds::text[], :supplies::uuid[], :demands::uuid[], :hubs::uuid[],
                                                 :suppliers::uuid[], :receivers::uuid[], :materials::text[],
                                                 :classes::int[], :tonnes::float8[], :km::float8[], :cost::float8[],
                                                 :co2::float8[], :supplyVersions::int[], :demandVersions::int[],
                                                 :reasons::text[]) with ordinality
                                as m(kind, supply_id, demand_id, hub_id, supplier_company, receiver_company, material,
                                     contamination_class, tonnes, km, cost, co2_kg, supply_version, demand_version,
                                     stale_reason, leg)
                        ), created as (
                            insert into proposal (scenario_id, kind, supply_id, demand_id, hub_id, supplier_company,
                                                  receiver_company, material, contamination_class, tonnes, km, cost,
                                                  co2_kg, supply_version, demand_version, state, snapshot_at)
                            select :scenario, kind, supply_id, demand_id, hub_id, supplier_company, receiver_company,
                                   material, contamination_class, tonnes, km, cost, co2_kg,
                                   coalesce(supply_version, -1), coalesce(demand_version, -1),
                                   case when stale_reason is null then 'OPEN' else 'STALE' end, :snapshotAt
                            from planned
                            returning id, kind, supply_id, demand_id, hub_id, material, contamination_class
                        ), legs as (
                            select c.id, m.leg, m.stale_reason from created c join planned m
                                on m.kind = c.kind and m.material = c.material
                               and m.supply_id is not distinct from c.supply_id
                               and m.demand_id is not distinct from c.demand_id
                               and m.hub_id is not distinct from c.hub_id
                               and m.contamination_class is not distinct from c.contamination_class
                        ), scheduled as (
                            insert into proposal_period (proposal_id, period, tonnes)
                            select l.id, s.period, s.tonnes
                            from unnest(:periodLegs::int[], :periods::date[], :periodTonnes::float8[])
                                as s(leg, period, tonnes)
                            join legs l on l.leg = s.leg
                        ), recorded as (
                            insert into proposal_event (proposal_id, to_state, actor_token, reason)
                            select id, case when stale_reason is null then 'OPEN' else 'STALE' end, :token,
                                   coalesce('published stale: ' || stale_reason,
                                            'published from scenario ' || :scenario::text)
                            from legs
                        )
                        select count(*) as created from created""")
                .bind("scenario", scenarioId).bind("snapshotAt", snapshotAt).bind("token", actorToken)
                .bind("kinds", column(planned, leg -> leg.kind().name(), String[]::new))
                .bind("supplies", column(planned, PlannedProposal::supplyId, UUID[]::new))
                .bind("demands", column(planned, PlannedProposal::demandId, UUID[]::new))
                .bind("hubs", column(planned, PlannedProposal::hubId, UUID[]::new))
                .bind("suppliers", column(planned, PlannedProposal::supplierCompany, UUID[]::new))
                .bind("receivers", column(planned, PlannedProposal::receiverCompany, UUID[]::new))
                .bind("materials", column(planned, PlannedProposal::material, String[]::new))
                .bind("classes", column(planned, PlannedProposal::contaminationClass, Integer[]::new))
                .bind("tonnes", column(planned, PlannedProposal::tonnes, Double[]::new))
                .bind("km", column(planned, PlannedProposal::km, Double[]::new))
                .bind("cost", column(planned, PlannedProposal::cost, Double[]::new))
                .bind("co2", column(planned, PlannedProposal::co2Kg, Double[]::new))
                .bind("supplyVersions", column(planned, PlannedProposal::supplyVersion, Integer[]::new))
                .bind("demandVersions", column(planned, PlannedProposal::demandVersion, Integer[]::new))
                .bind("reasons", column(planned, PlannedProposal::staleReason, String[]::new))
                .bind("periodLegs", periodLegs.toArray(Integer[]::new))
                .bind("periods", periods.toArray(LocalDate[]::new))
                .bind("periodTonnes", periodTonnes.toArray(Double[]::new));
        return insert.map(row -> row.get("created", Long.class)).one();
    }

    private static <T> T[] column(List<PlannedProposal> planned, Function<PlannedProposal, T> value,
                                  IntFunction<T[]> array) {
        return planned.stream().map(value).toArray(array);
    }
}
