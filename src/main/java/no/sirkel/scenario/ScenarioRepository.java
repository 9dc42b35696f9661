package no.sirkel.scenario;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Scenarios and their job queue. Solver instances claim queued scenarios with {@code FOR UPDATE SKIP LOCKED}, so
 * several service instances can share the work, and keep a heartbeat while solving, so that a scenario whose solver
 * died can be found and queued again.
 */
@Repository
class ScenarioRepository {

    private static final String COLUMNS = """
            id, name, horizon_from, horizon_to, region::text as region, materials, parameters::text as parameters,
            seconds, status, failure_reason, progress::text as progress, stop_requested, attempts,
            created_at, started_at, finished_at,
            coalesce(jsonb_array_length(problem -> 'supplies'), 0) as supplies,
            coalesce(jsonb_array_length(problem -> 'demands'), 0) as demands,
            coalesce(jsonb_array_length(problem -> 'disposalSites'), 0) as disposal_sites,
            coalesce(jsonb_array_length(problem -> 'virginSources'), 0) as virgin_sources,
            %s as summary""".formatted(summary("plan"));

    /**
     * SQL for a plan's summary ({@link Kpis.PlanSummary}) from a JSON plan expression, null where the plan is: the
     * plan's totals, baseline, greedy cost, bound and gap as the optimizer wrote them, and the tonnes of its
     * remainders summed from its lists.
     */
    private static String summary(String plan) {
        return """
                case when %1$s is null then null else jsonb_build_object('totals', %1$s -> 'totals',
                     'baseline', %1$s -> 'baseline', 'greedy', %1$s -> 'greedy', 'lowerBound', %1$s -> 'lowerBound',
                     'gapPercent', %1$s -> 'gapPercent', 'solveSeconds', %1$s -> 'solveSeconds',
                     'unplacedTonnes', case when jsonb_typeof(%1$s -> 'unplaced') = 'array' then %2$s else %3$s end,
                     'unmetTonnes', case when jsonb_typeof(%1$s -> 'unmet') = 'array' then %4$s else %5$s end,
                     'landfillTonnes', case when jsonb_typeof(%1$s -> 'flows') = 'array' then %6$s else %7$s end,
                     'virginTonnes', case when jsonb_typeof(%1$s -> 'flows') = 'array' then %8$s else %9$s end
                     )::text end""".formatted(plan,
                tonnes(plan + " -> 'unplaced'", "true"),
                tonnes(plan + " -> 'disposals'", "jsonb_typeof(e -> 'site') is distinct from 'string'"),
                tonnes(plan + " -> 'unmet'", "true"),
                tonnes(plan + " -> 'virginDeliveries'", "jsonb_typeof(e -> 'source') is distinct from 'string'"),
                tonnes(plan + " -> 'flows'", "e ->> 'kind' = 'DISPOSAL'"),
                tonnes(plan + " -> 'disposals'", "jsonb_typeof(e -> 'site') = 'string'"),
                tonnes(plan + " -> 'flows'", "e ->> 'kind' = 'VIRGIN'"),
                tonnes(plan + " -> 'virginDeliveries'", "jsonb_typeof(e -> 'source') = 'string'"));
    }

    /**
     * Tonnes of the JSON array's elements {@code e} that meet the condition: v2 penalty lists and flows of a kind, v1
     * rows without (penalty) or with a place.
     */
    private static String tonnes(String array, String condition) {
        return "(select coalesce(sum((e ->> 'tonnes')::float8), 0) from jsonb_array_elements(" + array + ") e where "
                + condition + ")";
    }

    private final DatabaseClient db;

    ScenarioRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Stores a new scenario; its parameters are the problem's own, its candidate hubs' names those the planner gave.
     *
     * @param candidateNames the candidate hubs' names by their id in the problem
     */
    Mono<ScenarioRow> insert(ScenarioSpec spec, String problemJson, String versionsJson,
                             Map<String, String> candidateNames, UUID createdBy) {
        List<Map.Entry<String, String>> named = List.copyOf(candidateNames.entrySet());
        var insert = db.sql("""
                        insert into scenario (name, horizon_from, horizon_to, region, materials, parameters, seconds,
                                              problem, listing_versions, candidate_names, created_by)
                        values (:name, :from, :to, :region, :materials, cast(:problem as jsonb) -> 'parameters',
                                :seconds, :problem, :versions,
                                (select coalesce(jsonb_object_agg(hub, name), '{}')
                                 from unnest(cast(:hubs as text[]), cast(:hubNames as text[])) as named (hub, name)),
                                :createdBy)
                        returning\s""" + COLUMNS)
                .bind("name", spec.name()).bind("from", spec.from()).bind("to", spec.to())
                .bind("seconds", spec.seconds())
                .bind("problem", Json.of(problemJson)).bind("versions", Json.of(versionsJson))
                .bind("hubs", named.stream().map(Map.Entry::getKey).toArray(String[]::new))
                .bind("hubNames", named.stream().map(Map.Entry::getValue).toArray(String[]::new))
                .bind("createdBy", createdBy);
        insert = spec.regionJson() == null || spec.regionJson().isNull() ? insert.bindNull("region", Json.class)
                : insert.bind("region", Json.of(spec.regionJson().toString()));
        insert = spec.materials() == null ? insert.bindNull("materials", String[].class)
                : insert.bind("materials", spec.materials().toArray(String[]::new));
        return insert.map(ScenarioRepository::row).one();
    }

    /** The names the planner gave the scenario's candidate hubs, by the hub's id; empty where it gave none. */
    Mono<Map<String, String>> candidateNames(UUID id) {
        return db.sql("select named.key, named.value from scenario, jsonb_each_text(candidate_names) as named "
                        + "where id = :id")
                .bind("id", id)
                .map(row -> Map.entry(row.get("key", String.class), row.get("value", String.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    Mono<ScenarioRow> find(UUID id) {
        return db.sql("select " + COLUMNS + " from scenario where id = :id").bind("id", id)
                .map(ScenarioRepository::row).one();
    }

    /** Newest first; the cursor is the creation time and id of the last scenario of the previous page. */
    Flux<ScenarioRow> findPage(OffsetDateTime beforeCreatedAt, UUID beforeId, int limit) {
        var query = db.sql("select " + COLUMNS + " from scenario"
                + (beforeId == null ? "" : " where (created_at, id) < (:createdAt, :id)")
                + " order by created_at desc, id desc limit :limit");
        if (beforeId != null) {
            query = query.bind("createdAt", beforeCreatedAt).bind("id", beforeId);
        }
        return query.bind("limit", limit).map(ScenarioRepository::row).all();
    }

    /** The newest scenarios that have a plan, newest first. */
    Flux<ScenarioRow> findWithPlan(int limit) {
        return db.sql("select " + COLUMNS + " from scenario where plan is not null order by created_at desc, id desc"
                        + " limit :limit")
                .bind("limit", limit).map(ScenarioRepository::row).all();
    }

    Mono<String> problemJson(UUID id) {
        return db.sql("select problem::text as problem from scenario where id = :id").bind("id", id)
                .map(row -> row.get("problem", String.class)).one();
    }

    Mono<String> planJson(UUID id) {
        return db.sql("select plan::text as plan from scenario where id = :id and plan is not null").bind("id", id)
                .map(row -> row.get("plan", String.class)).one();
    }

    /**
     * Locks the scenario's row until the transaction ends; its status, plan matches, plan flows (a plan over time)
     * and snapshot versions.
     */
    Mono<StoredMatches> lockPlanMatches(UUID id) {
        return db.sql("""
                        select status, (plan -> 'matches')::text as matches, (plan -> 'flows')::text as flows,
                               listing_versions::text as versions, created_at
                        from scenario where id = :id for no key update""")
                .bind("id", id)
                .map(row -> new StoredMatches(ScenarioStatus.valueOf(row.get("status", String.class)),
                        row.get("matches", String.class), row.get("flows", String.class),
                        row.get("versions", String.class), row.get("created_at", OffsetDateTime.class)))
                .one();
    }

    /** The scenario's horizon and its problem's period length (null where the problem names none). */
    Mono<Timing> timing(UUID id) {
        return db.sql("""
                        select horizon_from, horizon_to, problem -> 'parameters' ->> 'periodLength' as period_length
                        from scenario where id = :id""")
                .bind("id", id)
                .map(row -> new Timing(row.get("horizon_from", LocalDate.class), row.get("horizon_to", LocalDate.class),
                        row.get("period_length", String.class)))
                .one();
    }

    /** A scenario's horizon, first and last day, and its period length's name (null: none given). */
    record Timing(LocalDate from, LocalDate to, String periodLength) {
    }

    /** Claims the oldest queued scenario for this instance, or completes empty where none is waiting. */
    Mono<Claim> claimNext(String instance) {
        return db.sql("""
                        update scenario set status = 'SOLVING', claimed_by = :instance, heartbeat_at = now(),
                                            started_at = now(), attempts = attempts + 1
                        where id = (select id from scenario where status = 'QUEUED'
                                    order by created_at limit 1 for update skip locked)
                        returning id, seconds, problem::text as problem""")
                .bind("instance", instance)
                .map(row -> new Claim(row.get("id", UUID.class), row.get("seconds", Integer.class),
                        row.get("problem", String.class)))
                .one();
    }

    /** Records that the solver is alive and its latest progress; answers whether a stop was asked for. */
    Mono<Boolean> heartbeat(UUID id, String progressJson) {
        var update = db.sql("""
                        update scenario set heartbeat_at = now(), progress = coalesce(:progress, progress)
                        where id = :id and status = 'SOLVING' returning stop_requested""")
                .bind("id", id);
        update = progressJson == null ? update.bindNull("progress", Json.class)
                : update.bind("progress", Json.of(progressJson));
        return update.map(row -> row.get("stop_requested", Boolean.class)).one().defaultIfEmpty(false);
    }

    /** Stores the plan: STOPPED where a stop was asked for, SOLVED otherwise. */
    Mono<Void> finish(UUID id, String planJson, String progressJson) {
        return db.sql("""
                        update scenario set plan = :plan, progress = :progress, finished_at = now(), claimed_by = null,
                               comparison = null,
                               status = case when stop_requested then 'STOPPED' else 'SOLVED' end
                        where id = :id and status = 'SOLVING'""")
                .bind("id", id).bind("plan", Json.of(planJson)).bind("progress", Json.of(progressJson))
                .then();
    }

    Mono<Void> fail(UUID id, String reason) {
        return db.sql("""
                        update scenario set status = 'FAILED', failure_reason = :reason, finished_at = now(),
                               claimed_by = null
                        where id = :id and status in ('QUEUED', 'SOLVING')""")
                .bind("id", id).bind("reason", reason)
                .then();
    }

    /**
     * Asks a scenario to stop: a queued one stops at once (it has no plan); a solving one is flagged, and its solver
     * stops at its next heartbeat, keeping the best plan. Answers the scenario afterwards, or empty where unknown.
     */
    Mono<ScenarioRow> requestStop(UUID id) {
        return db.sql("""
                        update scenario set
                            stop_requested = status in ('QUEUED', 'SOLVING'),
                            status = case when status = 'QUEUED' then 'STOPPED' else status end,
                            finished_at = case when status = 'QUEUED' then now() else finished_at end
                        where id = :id""")
                .bind("id", id).then().then(find(id));
    }

    /** Stores what storage is worth in the scenario's plan (see {@link HubComparison}). */
    Mono<Void> storeComparison(UUID id, String comparisonJson) {
        return db.sql("update scenario set comparison = :comparison where id = :id and plan is not null")
                .bind("id", id).bind("comparison", Json.of(comparisonJson)).then();
    }

    /**
     * The scenario's status, its plan's summary and, once compared, the summary of its plan without hubs and the
     * candidates' savings (JSON); empty where the scenario does not exist.
     */
    Mono<StoredComparison> comparison(UUID id) {
        return db.sql("select status, " + summary("plan") + " as summary, "
                        + summary("(comparison -> 'withoutHubs')") + " as without_hubs, "
                        + "(comparison -> 'candidates')::text as candidates from scenario where id = :id")
                .bind("id", id)
                .map(row -> new StoredComparison(ScenarioStatus.valueOf(row.get("status", String.class)),
                        row.get("summary", String.class), row.get("without_hubs", String.class),
                        row.get("candidates", String.class)))
                .one();
    }

    /**
     * Finds the scenarios this instance left SOLVING when it stopped (it has just started, so none of them is still
     * being solved) and queues them again, or fails them after {@code maxAttempts} attempts.
     *
     * @return the ids of the scenarios recovered
     */
    Flux<UUID> recoverLeftBy(String instance, int maxAttempts) {
        return recover("claimed_by = :instance", maxAttempts).bind("instance", instance)
                .map(row -> row.get("id", UUID.class)).all();
    }

    /**
     * Finds scenarios whose solver stopped sending heartbeats (its instance died) and queues them again, or fails them
     * after {@code maxAttempts} attempts. Scenarios being solved on the calling instance are never touched, however
     * late their heartbeat.
     *
     * @param solvingHere the scenarios the calling instance is solving now
     * @return the ids of the scenarios recovered
     */
    Flux<UUID> recoverSilent(int staleSeconds, Collection<UUID> solvingHere, int maxAttempts) {
        return recover("heartbeat_at < now() - make_interval(secs => :stale) and id <> all(:solvingHere)", maxAttempts)
                .bind("stale", staleSeconds).bind("solvingHere", solvingHere.toArray(UUID[]::new))
                .map(row -> row.get("id", UUID.class)).all();
    }

    private DatabaseClient.GenericExecuteSpec recover(String orphaned, int maxAttempts) {
        return db.sql("""
                        update scenario set
                            status = case when attempts >= :maxAttempts then 'FAILED' else 'QUEUED' end,
                            failure_reason = case when attempts >= :maxAttempts
                                then 'the solver stopped ' || attempts || ' times without finishing (service crash or restart)'
                                else failure_reason end,
                            finished_at = case when attempts >= :maxAttempts then now() else null end,
                            claimed_by = null, heartbeat_at = null, progress = null
                        where status = 'SOLVING' and\s""" + orphaned + "\nreturning id")
                .bind("maxAttempts", maxAttempts);
    }

    private static ScenarioRow row(Readable row) {
        String[] materials = row.get("materials", String[].class);
        return new ScenarioRow(row.get("id", UUID.class), row.get("name", String.class),
                row.get("horizon_from", LocalDate.class), row.get("horizon_to", LocalDate.class),
                row.get("region", String.class), materials == null ? null : Arrays.asList(materials),
                row.get("parameters", String.class), row.get("seconds", Integer.class),
                ScenarioStatus.valueOf(row.get("status", String.class)), row.get("failure_reason", String.class),
                row.get("progress", String.class), row.get("summary", String.class),
                Boolean.TRUE.equals(row.get("stop_requested", Boolean.class)), row.get("attempts", Integer.class),
                new ScenarioRow.Size(row.get("supplies", Integer.class), row.get("demands", Integer.class),
                        row.get("disposal_sites", Integer.class), row.get("virgin_sources", Integer.class)),
                row.get("created_at", OffsetDateTime.class), row.get("started_at", OffsetDateTime.class),
                row.get("finished_at", OffsetDateTime.class));
    }

    /**
     * A scenario's status, its plan's matches (null without a plan), its flows (null but in a plan over time) and its
     * listings' versions, as JSON.
     */
    record StoredMatches(ScenarioStatus status, String matchesJson, String flowsJson, String listingVersionsJson,
                         OffsetDateTime snapshotAt) {
    }

    /**
     * A scenario's plan beside the same snapshot without hubs.
     *
     * @param summaryJson     the plan's summary, null without a plan
     * @param withoutHubsJson the summary of the plan without hubs, null until compared
     * @param candidatesJson  the candidates' savings, null until compared
     */
    record StoredComparison(ScenarioStatus status, String summaryJson, String withoutHubsJson, String candidatesJson) {
    }

    /** A scenario this instance now solves. */
    record Claim(UUID id, int seconds, String problemJson) {
    }
}
