package no.sirkel.proposal;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Stores a publication's proposals and their first events, in one statement. */
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
     * Inserts the proposals, each with a first event: published, or published stale with the reason.
     *
     * @return how many proposals were created
     */
    Mono<Long> insert(UUID scenarioId, UUID actorToken, List<PlannedProposal> planned) {
        if (planned.isEmpty()) {
            return Mono.just(0L);
        }
        return db.sql("""
                        with planned as (
                            select * from unnest(:supplies::uuid[], :demands::uuid[], :suppliers::uuid[],
                                                 :receivers::uuid[], :tonnes::float8[], :km::float8[], :cost::float8[],
                                                 :co2::float8[], :supplyVersions::int[], :demandVersions::int[],
                                                 :reasons::text[])
                                as m(supply_id, demand_id, supplier_company, receiver_company, tonnes, km, cost, co2_kg,
                                     supply_version, demand_version, stale_reason)
                        ), created as (
                            insert into proposal (scenario_id, supply_id, demand_id, supplier_company, receiver_company,
                                                  tonnes, km, cost, co2_kg, supply_version, demand_version, state)
                            select :scenario, supply_id, demand_id, supplier_company, receiver_company, tonnes, km,
                                   cost, co2_kg, supply_version, demand_version,
                                   case when stale_reason is null then 'OPEN' else 'STALE' end
                            from planned
                            returning id, supply_id, demand_id
                        ), recorded as (
                            insert into proposal_event (proposal_id, to_state, actor_token, reason)
                            select c.id, case when m.stale_reason is null then 'OPEN' else 'STALE' end, :token,
                                   coalesce('published stale: ' || m.stale_reason,
                                            'published from scenario ' || :scenario::text)
                            from created c join planned m using (supply_id, demand_id)
                        )
                        select count(*) as created from created""")
                .bind("scenario", scenarioId).bind("token", actorToken)
                .bind("supplies", column(planned, PlannedProposal::supplyId, UUID[]::new))
                .bind("demands", column(planned, PlannedProposal::demandId, UUID[]::new))
                .bind("suppliers", column(planned, PlannedProposal::supplierCompany, UUID[]::new))
                .bind("receivers", column(planned, PlannedProposal::receiverCompany, UUID[]::new))
                .bind("tonnes", column(planned, PlannedProposal::tonnes, Double[]::new))
                .bind("km", column(planned, PlannedProposal::km, Double[]::new))
                .bind("cost", column(planned, PlannedProposal::cost, Double[]::new))
                .bind("co2", column(planned, PlannedProposal::co2Kg, Double[]::new))
                .bind("supplyVersions", column(planned, PlannedProposal::supplyVersion, Integer[]::new))
                .bind("demandVersions", column(planned, PlannedProposal::demandVersion, Integer[]::new))
                .bind("reasons", column(planned, PlannedProposal::staleReason, String[]::new))
                .map(row -> row.get("created", Long.class))
                .one();
    }

    private static <T> T[] column(List<PlannedProposal> planned, Function<PlannedProposal, T> value,
                                  IntFunction<T[]> array) {
        return planned.stream().map(value).toArray(array);
    }
}
