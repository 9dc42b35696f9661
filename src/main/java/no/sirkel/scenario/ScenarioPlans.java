package no.sirkel.scenario;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Scenarios' plans for other features (OGC API Features), under the scenarios API's rule: planners and admins only. */
@Service
public class ScenarioPlans {

    /** The newest scenarios with a plan that are offered; older ones stay at {@code /api/v1/scenarios}. */
    static final int NEWEST_WITH_PLAN = 100;

    private final ScenarioRepository scenarios;
    private final JsonMapper json;

    ScenarioPlans(ScenarioRepository scenarios, JsonMapper json) {
        this.scenarios = scenarios;
        this.json = json;
    }

    /** A scenario that has a plan (solved, or stopped with its best plan). */
    public record Planned(UUID id, String name, Instant finishedAt) {
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
        return find(caller, id).flatMap(planned -> Mono.zip(scenarios.problemJson(id), scenarios.planJson(id)))
                .map(both -> PlanExports.lines(json.readTree(both.getT1()), json.readTree(both.getT2())))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("scenario plan", id)));
    }

    private static boolean mayRead(Caller caller) {
        return caller.role() == Role.PLANNER || caller.role() == Role.ADMIN;
    }
}
