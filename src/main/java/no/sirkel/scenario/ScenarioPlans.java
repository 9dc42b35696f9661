package no.sirkel.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenarios' plans for other features: the matches a plan proposes, for publishing them as proposals, and the plans'
 * flows for OGC API Features under the scenarios API's rule (planners and admins only).
 */
@Service
public class ScenarioPlans {

    /** The newest scenarios with a plan that are offered; older ones stay at {@code /api/v1/scenarios}. */
    static final int NEWEST_WITH_PLAN = 100;

    private static final TypeReference<List<Match>> MATCHES = new TypeReference<>() {
    };
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
     * after the other) and reads its plan's matches.
     *
     * @return the plan, or empty where the scenario does not exist
     */
    public Mono<PlanMatches> lockForPublication(UUID scenarioId) {
        return scenarios.lockPlanMatches(scenarioId).map(stored -> new PlanMatches(scenarioId,
                stored.status().name(), stored.status() == ScenarioStatus.SOLVED
                        || stored.status() == ScenarioStatus.STOPPED,
                stored.matchesJson() != null,
                stored.matchesJson() == null ? List.of() : json.readValue(stored.matchesJson(), MATCHES),
                json.readValue(stored.listingVersionsJson(), VERSIONS)));
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
     * A scenario's plan as matches of listings.
     *
     * @param status          the scenario's status
     * @param finished        whether it was solved or stopped early
     * @param hasPlan         whether there is a plan (a scenario stopped while queued has none)
     * @param listingVersions each listing's version at the scenario's snapshot, by listing id
     */
    public record PlanMatches(UUID scenarioId, String status, boolean finished, boolean hasPlan, List<Match> matches,
                              Map<UUID, Integer> listingVersions) {

        public Set<UUID> supplyIds() {
            return matches.stream().map(Match::supply).collect(Collectors.toSet());
        }

        public Set<UUID> demandIds() {
            return matches.stream().map(Match::demand).collect(Collectors.toSet());
        }
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
