package no.sirkel.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.optimizer.plan.FlowKind;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.problem.Horizon;
import no.sirkel.optimizer.problem.Period;
import no.sirkel.optimizer.problem.PeriodLength;
import no.sirkel.optimizer.problem.Periods;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenarios' plans for other features: the matches and hub legs a plan proposes, for publishing them as proposals, and
 * the plans' flows for OGC API Features under the scenarios API's rule (planners and admins only).
 */
@Service
public class ScenarioPlans {

    /** The newest scenarios with a plan that are offered; older ones stay at {@code /api/v1/scenarios}. */
    static final int NEWEST_WITH_PLAN = 100;

    private static final TypeReference<List<Match>> MATCHES = new TypeReference<>() {
    };
    private static final TypeReference<List<Plan.Flow>> FLOWS = new TypeReference<>() {
    };
    /** The flows two companies agree on; disposals and virgin deliveries are bought at the gate. */
    private static final Set<FlowKind> AGREED = EnumSet.of(FlowKind.MATCH, FlowKind.TO_HUB, FlowKind.FROM_HUB);
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final TypeReference<Map<UUID, Integer>> VERSIONS = new TypeReference<>() {
    };

    private final ScenarioRepository scenarios;
    private final StoredPlans plans;
    private final JsonMapper json;

    ScenarioPlans(ScenarioRepository scenarios, StoredPlans plans, JsonMapper json) {
        this.scenarios = scenarios;
        this.plans = plans;
        this.json = json;
    }

    /**
     * Locks the scenario's row until the caller's transaction ends (so that two publications of one scenario run one
     * after the other) and reads its plan's legs: its matches, and in a plan over time its hub legs too, each with
     * its schedule.
     *
     * @return the plan, or empty where the scenario does not exist
     */
    public Mono<PlanMatches> lockForPublication(UUID scenarioId) {
        return scenarios.lockPlanMatches(scenarioId).map(stored -> new PlanMatches(scenarioId,
                stored.status().name(), stored.status() == ScenarioStatus.SOLVED
                        || stored.status() == ScenarioStatus.STOPPED,
                stored.matchesJson() != null, legs(stored), json.readValue(stored.listingVersionsJson(), VERSIONS),
                stored.snapshotAt().toInstant()));
    }

    /**
     * The periods of the scenario's plan (format v2: the months, weeks or single period of its horizon, {@code MONTH}
     * where its problem names none), each with its first and last day; empty where the scenario does not exist.
     */
    public Mono<List<Period>> periods(UUID scenarioId) {
        return scenarios.timing(scenarioId).map(timing -> Periods.of(new Horizon(timing.from(), timing.to()),
                timing.periodLength() == null ? PeriodLength.MONTH : PeriodLength.valueOf(timing.periodLength()))
                .all());
    }

    private List<Leg> legs(ScenarioRepository.StoredMatches stored) {
        if (stored.flowsJson() != null) {
            return Leg.summed(json.readValue(stored.flowsJson(), FLOWS));
        }
        return stored.matchesJson() == null ? List.of() : json.readValue(stored.matchesJson(), MATCHES).stream()
                .map(match -> new Leg(FlowKind.MATCH, match.supply(), match.demand(), null, null, match.tonnes(),
                        match.km(), match.cost(), match.co2Kg(), List.of()))
                .toList();
    }

    /** The newest {@value #NEWEST_WITH_PLAN} scenarios with a plan, newest first; none for a member. */
    public Flux<Planned> withPlan(Caller caller) {
        if (!mayRead(caller)) {
            return Flux.empty();
        }
        return scenarios.findWithPlan(NEWEST_WITH_PLAN).map(row -> new Planned(row.id(), row.name(),
                row.finishedAt() == null ? null : row.finishedAt().toInstant()));
    }

    /** The scenario, where it has a plan and the caller may read it; 404 otherwise. */
    public Mono<Planned> find(Caller caller, UUID id) {
        return Mono.justOrEmpty(mayRead(caller) ? id : null).flatMap(scenarios::find)
                .filter(row -> row.status() == ScenarioStatus.SOLVED || row.status() == ScenarioStatus.STOPPED)
                .map(row -> new Planned(row.id(), row.name(),
                        row.finishedAt() == null ? null : row.finishedAt().toInstant()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("scenario plan", id)));
    }

    /** The plan's flows between places, in plan order; 404 where there is no plan the caller may read. */
    public Mono<List<PlanFlow>> flows(Caller caller, UUID id) {
        return find(caller, id).flatMap(planned -> plans.problemAndPlan(id))
                .map(both -> PlanExports.lines(both.getT1(), both.getT2()))
                .onErrorMap(ApiException.class, refused -> refused.status().value() == 409
                        ? ApiException.notFound("scenario plan", id) : refused);
    }

    private static boolean mayRead(Caller caller) {
        return caller.role() == Role.PLANNER || caller.role() == Role.ADMIN;
    }

    /** A scenario that has a plan (solved, or stopped with its best plan). */
    public record Planned(UUID id, String name, Instant finishedAt) {
    }

    /**
     * A scenario's plan as legs between listings and hubs.
     *
     * @param status          the scenario's status
     * @param finished        whether it was solved or stopped early
     * @param hasPlan         whether there is a plan (a scenario stopped while queued has none)
     * @param legs            the plan's matches and hub legs, in plan order
     * @param listingVersions each listing's version at the scenario's snapshot, by listing id
     * @param snapshotAt      when the scenario's snapshot was taken
     */
    public record PlanMatches(UUID scenarioId, String status, boolean finished, boolean hasPlan, List<Leg> legs,
                              Map<UUID, Integer> listingVersions, Instant snapshotAt) {

        public Set<UUID> supplyIds() {
            return legs.stream().map(Leg::supply).filter(id -> id != null).collect(Collectors.toSet());
        }

        public Set<UUID> demandIds() {
            return legs.stream().map(Leg::demand).filter(id -> id != null).collect(Collectors.toSet());
        }
    }

    /**
     * What two companies can agree on in a plan: a match (supply → demand) or, in a plan over time, a leg to a storage
     * hub (supply → hub) or from one (hub → demand), summed over the periods.
     *
     * @param from               the supply's id, or the hub's on {@code FROM_HUB}
     * @param to                 the demand's id, or the hub's on {@code TO_HUB}
     * @param material           the material code as the hub stores it ({@code TO_HUB}) or of the stock it sends
     *                           ({@code FROM_HUB}); null on a match, which carries the supply's material
     * @param contaminationClass the class of that stock (null: no classes); null on a match
     * @param tonnes             all tonnes of the leg
     * @param km                 road kilometres
     * @param cost               NOK: a match of a plan without periods costs its transport plus the route's fixed
     *                           cost; a leg of a plan over time the transport of its flows, plus the hub's handling
     *                           and processing fees on a leg to a hub (the pair's fixed cost is the plan's total's)
     * @param co2Kg              kg CO2 of the transport
     * @param schedule           tonnes per period, in period order; empty for a plan without periods
     */
    public record Leg(FlowKind kind, UUID from, UUID to, String material, Integer contaminationClass, double tonnes,
                      double km, double cost, double co2Kg, List<PeriodTonnes> schedule) {

        /** The supply the leg takes from, or null for a leg from a hub. */
        public UUID supply() {
            return kind == FlowKind.FROM_HUB ? null : from;
        }

        /** The demand the leg brings to, or null for a leg to a hub. */
        public UUID demand() {
            return kind == FlowKind.TO_HUB ? null : to;
        }

        /** The hub of a hub leg, or null for a match. */
        public UUID hub() {
            return kind == FlowKind.TO_HUB ? to : kind == FlowKind.FROM_HUB ? from : null;
        }

        /**
         * The plan's matches and hub legs: their flows summed per kind, ends, material and class, in plan order, a
         * listing's stretches ({@link Snapshot#listingId}) counting as the listing. Legs of candidate hubs are left
         * out: a hub the scenario drew (its id is the scenario's own, not a facility's) has nobody to agree with yet.
         */
        static List<Leg> summed(List<Plan.Flow> flows) {
            Map<Key, List<Plan.Flow>> byLeg = new LinkedHashMap<>();
            flows.stream().filter(flow -> AGREED.contains(flow.kind()) && isUuid(Snapshot.listingId(flow.from()))
                            && isUuid(Snapshot.listingId(flow.to())))
                    .forEach(flow -> byLeg.computeIfAbsent(new Key(flow.kind(), Snapshot.listingId(flow.from()),
                            Snapshot.listingId(flow.to()), flow.material(), flow.contaminationClass()),
                            key -> new ArrayList<>()).add(flow));
            return byLeg.entrySet().stream().map(leg -> Leg.of(leg.getKey(), leg.getValue())).toList();
        }

        private static boolean isUuid(String id) {
            return UUID_TEXT.matcher(id).matches();
        }

        private static Leg of(Key key, List<Plan.Flow> flows) {
            Plan.Flow first = flows.get(0);
            TreeMap<LocalDate, Double> schedule = new TreeMap<>();
            flows.forEach(flow -> schedule.merge(flow.period(), flow.tonnes(), Double::sum));
            return new Leg(key.kind(), UUID.fromString(key.from()), UUID.fromString(key.to()), key.material(),
                    key.contaminationClass(), flows.stream().mapToDouble(Plan.Flow::tonnes).sum(), first.km(),
                    flows.stream().mapToDouble(Plan.Flow::cost).sum(),
                    flows.stream().mapToDouble(Plan.Flow::co2Kg).sum(),
                    schedule.entrySet().stream()
                            .map(period -> new PeriodTonnes(period.getKey(), period.getValue())).toList());
        }
    }

    private record Key(FlowKind kind, String from, String to, String material, Integer contaminationClass) {
    }

    /** Tonnes in one period, named by its first day. */
    @Schema(description = "Tonnes in one period")
    public record PeriodTonnes(@Schema(description = "The period's first day, ISO yyyy-mm-dd") LocalDate period,
                               @Schema(description = "Tonnes moved in the period") double tonnes) {
    }

    /**
     * One match of a plan: tonnes carried from a supply to a demand.
     *
     * @param km    road kilometres
     * @param cost  NOK, transport plus the route's fixed cost
     * @param co2Kg kg CO2 of the transport
     */
    public record Match(UUID supply, UUID demand, double tonnes, double km, double cost, double co2Kg) {
    }
}
