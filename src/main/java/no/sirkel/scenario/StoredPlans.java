package no.sirkel.scenario;

import java.util.UUID;

import org.springframework.stereotype.Component;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.PlanReader;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.ProblemReader;
import no.sirkel.web.ApiException;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

/**
 * A scenario's problem and plan, read once with the optimizer's own readers into its types: everything shown of a
 * plan (KPIs, exports, the unmatched list) is built from these.
 */
@Component
class StoredPlans {

    private final ScenarioRepository scenarios;

    StoredPlans(ScenarioRepository scenarios) {
        this.scenarios = scenarios;
    }

    /** The snapshot the scenario solves; 404 where the scenario does not exist. */
    Mono<Problem> problem(UUID id) {
        return scenarios.problemJson(id).switchIfEmpty(Mono.error(ApiException.notFound("scenario", id)))
                .map(ProblemReader::read);
    }

    /** The best plan as stored (optimizer plan format); 404 where the scenario does not exist, 409 without a plan. */
    Mono<String> planJson(UUID id) {
        return scenarios.find(id).switchIfEmpty(Mono.error(ApiException.notFound("scenario", id)))
                .flatMap(row -> scenarios.planJson(id).switchIfEmpty(Mono.error(ApiException.conflict("status",
                        "field.scenario.noPlanYet", row.status()))));
    }

    /** The scenario's problem and best plan; 404 where it does not exist, 409 where it has no plan yet. */
    Mono<Tuple2<Problem, Plan>> problemAndPlan(UUID id) {
        return planJson(id).map(PlanReader::read).zipWhen(found -> problem(id), (found, problem) -> Tuples.of(problem, found));
    }
}
