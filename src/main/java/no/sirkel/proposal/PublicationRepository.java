package no.sirkel.proposal;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Turns a scenario's stored plan (optimizer plan format v1, whose match ids are listing ids) into proposals, in SQL
 * next to the data. Meant to run inside one transaction, in the order: {@link #lockScenario}, {@link #isPublished},
 * {@link #lockListings}, {@link #insertProposals}.
 */
@Repository
class PublicationRepository {

    private static final String MATCHES = "jsonb_array_elements(sc.plan -> 'matches') m";

    private final DatabaseClient db;

    PublicationRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Locks the scenario row, so that two publications of one scenario run one after the other. */
    Mono<ScenarioPlan> lockScenario(UUID scenarioId) {
        return db.sql("""
                        select status, plan is not null as has_plan,
                               coalesce(jsonb_array_length(plan -> 'matches'), 0) as matches
                        from scenario where id = :id for no key update""")
                .bind("id", scenarioId)
                .map(row -> new ScenarioPlan(scenarioId, row.get("status", String.class),
                        row.get("has_plan", Boolean.class), row.get("matches", Integer.class)))
                .one();
    }

    Mono<Boolean> isPublished(UUID scenarioId) {
        return db.sql("select exists (select 1 from proposal where scenario_id = :id) as published")
                .bind("id", scenarioId).map(row -> row.get("published", Boolean.class)).one();
    }

    /**
     * Share-locks the plan's listings (supplies, then demands, each by id: the order deals lock them in), so that an
     * edit cannot slip between judging a listing unchanged and the new proposals becoming visible to the trigger that
     * would stale them: the edit waits for this transaction, and its trigger then sees the proposals.
     */
    Mono<Void> lockListings(UUID scenarioId) {
        return lockListings("supply", scenarioId).then(lockListings("demand", scenarioId));
    }

    private Mono<Void> lockListings(String kind, UUID scenarioId) {
        return db.sql("select l.id from " + kind + " l where l.id in (select (m ->> '" + kind + "')::uuid from scenario sc, "
                        + MATCHES + " where sc.id = :id) order by l.id for share of l")
                .bind("id", scenarioId).then();
    }

    /**
     * Inserts one proposal per match, with the listing versions of the scenario's snapshot and a first event. A match
     * whose listing was edited since the snapshot, is no longer active, or no longer has the tonnes free is created
     * {@code STALE}, its event saying why. Matches whose listing no longer exists are left out.
     *
     * @return how many proposals were created
     */
    Mono<Long> insertProposals(UUID scenarioId, UUID actorToken) {
        return db.sql("""
                        with planned as (
                            select (m ->> 'supply')::uuid as supply_id, (m ->> 'demand')::uuid as demand_id,
                                   (m ->> 'tonnes')::float8 as tonnes, (m ->> 'km')::float8 as km,
                                   (m ->> 'cost')::float8 as cost, (m ->> 'co2Kg')::float8 as co2_kg,
                                   (sc.listing_versions ->> (m ->> 'supply'))::int as supply_version,
                                   (sc.listing_versions ->> (m ->> 'demand'))::int as demand_version
                            from scenario sc, %s where sc.id = :scenario
                        ), judged as (
                            select m.*, case
                                when m.supply_version is distinct from s.version
                                    then format('supply %%s was edited after the scenario''s snapshot', s.id)
                                when s.status <> 'ACTIVE' then format('supply %%s is %%s', s.id, s.status)
                                when m.demand_version is distinct from d.version
                                    then format('demand %%s was edited after the scenario''s snapshot', d.id)
                                when d.status <> 'ACTIVE' then format('demand %%s is %%s', d.id, d.status)
                                when s.tonnes - s.reserved_tonnes + :tolerance < m.tonnes
                                    then format('supply %%s has %%s t left; the match needs %%s t', s.id,
                                                trim_scale(round((s.tonnes - s.reserved_tonnes)::numeric, 3)),
                                                trim_scale(round(m.tonnes::numeric, 3)))
                                when d.tonnes - d.reserved_tonnes + :tolerance < m.tonnes
                                    then format('demand %%s has %%s t left; the match needs %%s t', d.id,
                                                trim_scale(round((d.tonnes - d.reserved_tonnes)::numeric, 3)),
                                                trim_scale(round(m.tonnes::numeric, 3)))
                                end as stale_reason
                            from planned m
                            join supply s on s.id = m.supply_id
                            join demand d on d.id = m.demand_id
                        ), created as (
                            insert into proposal (scenario_id, supply_id, demand_id, tonnes, km, cost, co2_kg,
                                                  supply_version, demand_version, state)
                            select :scenario, supply_id, demand_id, tonnes, km, cost, co2_kg,
                                   coalesce(supply_version, -1), coalesce(demand_version, -1),
                                   case when stale_reason is null then 'OPEN' else 'STALE' end
                            from judged
                            returning id, supply_id, demand_id, state
                        ), recorded as (
                            insert into proposal_event (proposal_id, to_state, actor_token, reason)
                            select c.id, c.state, :token,
                                   coalesce('published stale: ' || j.stale_reason,
                                            'published from scenario ' || :scenario::text)
                            from created c join judged j using (supply_id, demand_id)
                        )
                        select count(*) as created from created""".formatted(MATCHES))
                .bind("scenario", scenarioId).bind("token", actorToken)
                .bind("tolerance", ListingStock.TOLERANCE_TONNES)
                .map(row -> row.get("created", Long.class))
                .one();
    }

    /**
     * A scenario's status and whether it has a plan to publish.
     *
     * @param matches how many matches the plan has
     */
    record ScenarioPlan(UUID id, String status, boolean hasPlan, int matches) {

        /** Refuses (409) unless the scenario finished (solved, or stopped early) with a plan. */
        void requirePublishable() {
            if (!hasPlan || !(status.equals("SOLVED") || status.equals("STOPPED"))) {
                throw Conflicts.conflict("scenario " + id + " is " + status + (hasPlan ? "" : " without a plan")
                        + "; only a SOLVED or STOPPED scenario with a plan can be published");
            }
        }
    }
}
