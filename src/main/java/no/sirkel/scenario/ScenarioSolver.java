package no.sirkel.scenario;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import no.sirkel.optimizer.Optimizer;
import no.sirkel.optimizer.Progress;
import no.sirkel.optimizer.SolveOptions;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.PlanWriter;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.ProblemReader;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;
import tools.jackson.databind.json.JsonMapper;

/**
 * Solves queued scenarios in the background, at most one per core on this instance, on a bounded scheduler of its
 * own so that no event-loop thread ever waits for the solver. Scenarios are claimed from the database, so several
 * instances share the queue; a heartbeat tells the others this instance is alive, carries the latest progress, and
 * picks up stop requests made through any instance. On start, scenarios this instance left SOLVING when it died are
 * queued again (or failed after repeated crashes), and so are those of instances whose heartbeat stopped. Once a
 * plan is stored, the slot stays taken while the {@link HubComparison} solves the scenario again without hubs.
 */
@Component
class ScenarioSolver implements SmartLifecycle {

    static final int STALE_AFTER_SECONDS = 30;
    static final int MAX_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(ScenarioSolver.class);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(2);

    private final ScenarioRepository scenarios;
    private final ScenarioEvents events;
    private final HubComparison comparison;
    private final JsonMapper json;
    private final String instance;
    private final Semaphore freeSlots;
    private final int slots;
    /** Made on each start: a stopped context (Spring's test context cache pauses idle ones) starts again. */
    private volatile Scheduler solverThreads;
    private final Map<UUID, Run> runs = new ConcurrentHashMap<>();
    private volatile Disposable polling;
    private volatile Disposable heartbeats;

    ScenarioSolver(ScenarioRepository scenarios, ScenarioEvents events, HubComparison comparison, JsonMapper json,
                   @Value("${sirkel.instance-id:}") String instanceId,
                   @Value("${sirkel.solver.slots:0}") int configuredSlots) {
        this.scenarios = scenarios;
        this.events = events;
        this.comparison = comparison;
        this.json = json;
        this.instance = instanceId.isBlank() ? defaultInstanceId() : instanceId;
        this.slots = configuredSlots > 0 ? configuredSlots : Runtime.getRuntime().availableProcessors();
        this.freeSlots = new Semaphore(slots);
    }

    /** The host name: stable across restarts, so a restarted instance knows which SOLVING scenarios were its own. */
    private static String defaultInstanceId() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        return name.substring(name.indexOf('@') + 1);
    }

    @Override
    public void start() {
        solverThreads = Schedulers.newBoundedElastic(slots, Integer.MAX_VALUE, "scenario-solver");
        recoverOwnLeftovers().block();
        polling = Flux.interval(Duration.ZERO, POLL_INTERVAL).onBackpressureDrop()
                .concatMap(tick -> claimWhileFree(), 1)
                .subscribe();
        heartbeats = Flux.interval(HEARTBEAT_INTERVAL).onBackpressureDrop()
                .concatMap(tick -> beat().then(recoverSilentSolvers()), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        polling.dispose();
        heartbeats.dispose();
        solverThreads.dispose();
    }

    @Override
    public boolean isRunning() {
        return polling != null && !polling.isDisposed();
    }

    /** Looks for queued work now rather than at the next poll: called when a scenario was just queued. */
    void wake() {
        claimWhileFree().subscribe();
    }

    /** Stops a scenario solving on this instance at once; it keeps the best plan found so far. */
    void stopIfSolvingHere(UUID scenarioId) {
        Run run = runs.get(scenarioId);
        if (run != null) {
            run.optimizer().stop();
        }
    }

    private Mono<Void> recoverOwnLeftovers() {
        return announceRecovered(scenarios.recoverLeftBy(instance, MAX_ATTEMPTS));
    }

    private Mono<Void> recoverSilentSolvers() {
        return announceRecovered(scenarios.recoverSilent(STALE_AFTER_SECONDS, List.copyOf(runs.keySet()),
                MAX_ATTEMPTS));
    }

    private Mono<Void> announceRecovered(Flux<UUID> recovered) {
        return recovered
                .doOnNext(id -> log.warn("Scenario {} was left solving by a solver that is gone; recovered it", id))
                .flatMap(scenarios::find)
                .doOnNext(row -> events.publish(ScenarioEvent.status(row.id(), row.status(), row.failureReason())))
                .onErrorResume(error -> {
                    log.error("Could not recover orphaned scenarios", error);
                    return Mono.empty();
                })
                .then();
    }

    private Mono<Void> claimWhileFree() {
        return Mono.defer(() -> {
            if (!freeSlots.tryAcquire()) {
                return Mono.empty();
            }
            return scenarios.claimNext(instance)
                    .doOnNext(this::solve)
                    .hasElement()
                    .onErrorResume(error -> {
                        log.error("Could not claim a queued scenario", error);
                        return Mono.just(false);
                    })
                    .flatMap(claimed -> {
                        if (!claimed) {
                            freeSlots.release();
                            return Mono.empty();
                        }
                        return claimWhileFree();
                    });
        });
    }

    private void solve(ScenarioRepository.Claim claim) {
        UUID id = claim.id();
        Optimizer optimizer = new Optimizer(new SolveOptions(Duration.ofSeconds(claim.seconds()), 1));
        Run run = new Run(optimizer, new AtomicReference<>());
        runs.put(id, run);
        events.publish(ScenarioEvent.status(id, ScenarioStatus.SOLVING, null));
        AtomicReference<Tuple2<Problem, Plan>> solved = new AtomicReference<>();
        Mono.fromCallable(() -> {
                    Problem problem = ProblemReader.read(claim.problemJson());
                    Plan plan = optimizer.solve(problem, progress -> {
                        run.latest().set(progress);
                        events.publish(ScenarioEvent.best(id, progress));
                    });
                    solved.set(Tuples.of(problem, plan));
                    return plan;
                })
                .subscribeOn(solverThreads)
                .flatMap(plan -> scenarios.finish(id, PlanWriter.toJson(plan), progressJson(run, plan)))
                .onErrorResume(error -> {
                    log.error("Scenario {} failed", id, error);
                    return scenarios.fail(id, "the solver failed: " + error.getMessage());
                })
                .then(Mono.defer(() -> scenarios.find(id)))
                .doOnNext(row -> events.publish(ScenarioEvent.status(id, row.status(), row.failureReason())))
                .then(Mono.defer(() -> solved.get() == null ? Mono.empty() : comparison.compare(id,
                        solved.get().getT1(), solved.get().getT2(), claim.seconds(), solverThreads)))
                .onErrorResume(error -> {
                    log.error("Scenario {}: comparing with and without hubs failed", id, error);
                    return Mono.empty();
                })
                .doFinally(signal -> {
                    runs.remove(id);
                    freeSlots.release();
                    wake();
                })
                .subscribe();
    }

    /** The last progress reported, or one made from the plan where the solver reported none. */
    private String progressJson(Run run, Plan plan) {
        Progress last = run.latest().get();
        return json.writeValueAsString(last != null && last.bestCost() == plan.totals().cost() ? last
                : new Progress(plan.solveSeconds(), "done", plan.totals().cost(), plan.lowerBound(),
                        plan.gapPercent() == null ? Double.NaN : plan.gapPercent()));
    }

    private Mono<Void> beat() {
        return Flux.fromIterable(runs.entrySet())
                .concatMap(entry -> {
                    Progress latest = entry.getValue().latest().get();
                    return scenarios.heartbeat(entry.getKey(), latest == null ? null : json.writeValueAsString(latest))
                            .doOnNext(stopRequested -> {
                                if (stopRequested) {
                                    entry.getValue().optimizer().stop();
                                }
                            });
                })
                .onErrorResume(error -> {
                    log.error("Heartbeat failed", error);
                    return Mono.empty();
                })
                .then();
    }

    private record Run(Optimizer optimizer, AtomicReference<Progress> latest) {
    }
}
