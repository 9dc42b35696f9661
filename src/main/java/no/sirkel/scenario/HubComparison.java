package no.sirkel.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Component;
import no.sirkel.optimizer.Optimizer;
import no.sirkel.optimizer.SolveOptions;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.PlanWriter;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.StorageHub;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import tools.jackson.databind.json.JsonMapper;

/**
 * What storage is worth in a solved scenario: the same snapshot solved again without any hub (registered or
 * candidate), and, for every candidate hub the plan opened, solved without that candidate; a candidate's saving is the
 * money cost without it less the money cost with all (penalties never count). A candidate the plan left closed saves
 * nothing by definition, so it is not solved again. The solves run one after another on the scenario solver's
 * bounded scheduler and share evenly the time the main solve took (its limit, or less where it was stopped early), at
 * least a second each. A problem without hubs is its own comparison and needs no solve.
 */
@Component
class HubComparison {

    private static final Duration LEAST_TIME = Duration.ofSeconds(1);

    private final ScenarioRepository scenarios;
    private final JsonMapper json;

    HubComparison(ScenarioRepository scenarios, JsonMapper json) {
        this.scenarios = scenarios;
        this.json = json;
    }

    /** Solves the variants on the scheduler and stores the comparison with the scenario. */
    Mono<Void> compare(UUID scenarioId, Problem problem, Plan plan, int seconds, Scheduler solverThreads) {
        Map<String, Boolean> opened = plan.hubs() == null ? Map.of() : plan.hubs().stream()
                .collect(Collectors.toMap(Plan.HubUse::hub, Plan.HubUse::opened));
        List<StorageHub> openedCandidates = problem.storageHubs().stream()
                .filter(hub -> hub.isCandidate() && opened.getOrDefault(hub.id(), false)).toList();
        double budgetSeconds = Math.min(seconds, plan.solveSeconds());
        Duration each = Duration.ofMillis(Math.max(LEAST_TIME.toMillis(),
                Math.round(budgetSeconds * 1000 / (1 + openedCandidates.size()))));
        Mono<Plan> withoutHubs = problem.storageHubs().isEmpty() ? Mono.just(plan)
                : solve(without(problem, hub -> true), each, solverThreads);
        double withAll = money(plan);
        return Mono.zip(withoutHubs, scenarios.candidateNames(scenarioId)).flatMap(found -> {
            Map<String, String> names = found.getT2();
            return Flux.fromIterable(problem.storageHubs())
                    .filter(StorageHub::isCandidate)
                    .concatMap(candidate -> {
                        String name = names.getOrDefault(candidate.id(), candidate.id());
                        return openedCandidates.contains(candidate)
                                ? solve(without(problem, hub -> hub == candidate), each, solverThreads)
                                        .map(alone -> new Candidate(candidate.id(), name, true, money(alone) - withAll))
                                : Mono.just(new Candidate(candidate.id(), name, false, 0));
                    })
                    .collectList()
                    .map(candidates -> new Stored(PlanWriter.toJson(found.getT1()), candidates));
        }).flatMap(stored -> scenarios.storeComparison(scenarioId, json.writeValueAsString(stored)));
    }

    private static Mono<Plan> solve(Problem problem, Duration limit, Scheduler solverThreads) {
        return Mono.fromCallable(() -> new Optimizer(new SolveOptions(limit, 1)).solve(problem, null))
                .subscribeOn(solverThreads);
    }

    private static double money(Plan plan) {
        return Kpis.Costs.of(plan.totals()).total();
    }

    /** The problem without the hubs the predicate names. */
    private static Problem without(Problem problem, Predicate<StorageHub> leftOut) {
        List<StorageHub> kept = new ArrayList<>();
        for (StorageHub hub : problem.storageHubs()) {
            if (!leftOut.test(hub)) {
                kept.add(hub);
            }
        }
        return new Problem(problem.name(), problem.parameters(), problem.supplies(), problem.demands(),
                problem.disposalSites(), problem.virginSources(), problem.routes(), kept);
    }

    /**
     * A candidate hub's worth.
     *
     * @param name      the name the planner gave it, or its id where it gave none
     * @param opened    whether the scenario's plan opens it
     * @param savingNok the money cost of the plan without it less the cost with every hub, NOK
     */
    @Schema(name = "CandidateHubSaving", description = "A candidate hub's worth to the plan")
    record Candidate(@Schema(description = "The candidate's id in the scenario") String id,
                     @Schema(description = "The name the planner gave it; its id where it gave none") String name,
                     @Schema(description = "Whether the scenario's plan opens it") boolean opened,
                     @Schema(description = "The money cost of the plan without it less the cost with every hub, NOK")
                     double savingNok) {
    }

    /**
     * As stored with the scenario: the plan without hubs as the optimizer writes it (embedded as it is, not read
     * again), and the candidates.
     */
    private record Stored(@JsonRawValue String withoutHubs, List<Candidate> candidates) {
    }
}
