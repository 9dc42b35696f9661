package no.sirkel.optimizer.localsearch;

import java.time.Duration;
import java.util.function.Consumer;

import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.optaplanner.core.impl.solver.scope.SolverScope;

/**
 * The final improvement phase: rounds of OptaPlanner late-acceptance local search over lots (see {@link LotPlans})
 * with moves that open, close and shift whole pairs ({@link PairMoveFactory}), scored by {@link FlowConstraints}.
 * Each round starts from the best flows so far, cut afresh into lots, and runs for a slice of time that grows with the
 * lots (or until it stops improving); its bests get exact tonnes on the pairs they use ({@link UsedPairsPolish}),
 * which is where much of the gain shows: lots only reach sums of their sizes. Rounds end early enough for their last
 * polish (timed on the start plan's) to end within the limit.
 *
 * <p>One instance serves one network. {@link #stop()} is sticky: once called, running and later improvements return
 * their best so far at once.
 */
public final class LocalSearch {

    static final int CANDIDATE_ARCS_PER_SUPPLY = 24;
    static final int LATE_ACCEPTANCE_SIZE = 400;
    /** A round ends after this many steps without a new best, plus {@link #UNIMPROVED_STEPS_PER_LOT} per lot. */
    static final int UNIMPROVED_STEPS = 5_000;
    static final int UNIMPROVED_STEPS_PER_LOT = 5;
    /** Measured on 50 × 100 problems with high fixed costs: short rounds beat long ones, 300 ms beat 3 s. */
    private static final Duration SHORTEST_ROUND = Duration.ofMillis(300);
    private static final Duration LEAST_TIME_WORTH_A_ROUND = Duration.ofMillis(20);
    private static final long ROUND_NANOS_PER_LOT = 400_000;
    /**
     * Within a round, new bests are turned into polished flows (linear in the arcs) at most this often, and so that
     * this takes at most 1 / {@link #OFFER_COST_FACTOR} of the time; the round's final best always is.
     */
    private static final Duration OFFER_INTERVAL = Duration.ofMillis(500);
    private static final long OFFER_COST_FACTOR = 20;

    private final Network network;
    private final ArcCandidates candidates;
    private final UsedPairsPolish polish;
    private final int threads;
    private volatile boolean stopRequested;
    private volatile DefaultSolver<LotPlan> runningSolver;

    /**
     * @param threads move threads OptaPlanner may use (1: evaluate moves on the calling thread only); on 2 cores, 2
     *                threads found cheaper plans than 1 in the same time on 50 × 100 and 1,000 × 1,000 problems
     */
    public LocalSearch(Network network, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        ScoreUnits.checkFitsLongScore(network);
        this.network = network;
        this.candidates = new ArcCandidates(network, CANDIDATE_ARCS_PER_SUPPLY);
        this.polish = new UsedPairsPolish(network);
        this.threads = threads;
    }

    /**
     * Searches for flows cheaper than {@code start} by {@link Network#cost} until the limit or {@link #stop()}.
     * Blocks; returns the best flows found, or a copy of {@code start} if nothing cheaper was found.
     *
     * @param start     feasible flows of this network
     * @param onNewBest called on the calling thread with a copy of each new best, each cheaper than the one before
     */
    public Flows improve(Flows start, Duration limit, Consumer<Flows> onNewBest) {
        if (start.arcCount() != network.arcCount()) {
            throw new IllegalArgumentException("start has " + start.arcCount() + " arcs, network "
                    + network.arcCount());
        }
        long deadline = System.nanoTime() + limit.toNanos();
        Incumbent incumbent = new Incumbent(start, onNewBest);
        if (stopRequested) {
            return start.copy();
        }
        long polishStart = System.nanoTime();
        incumbent.offer(polish.polish(start));
        long windDown = System.nanoTime() - polishStart;
        for (long round = 0; !stopRequested
                && deadline - windDown - System.nanoTime() > LEAST_TIME_WORTH_A_ROUND.toNanos(); round++) {
            LotPlan plan = LotPlans.cut(network, candidates, incumbent.best);
            if (plan.getLots().isEmpty()) {
                break;
            }
            long roundEnd = Math.min(deadline - windDown, System.nanoTime() + roundNanos(plan));
            Flows roundBest = searchRound(plan, incumbent, round, roundEnd);
            incumbent.offer(polish.polish(roundBest));
        }
        return incumbent.best == start ? start.copy() : incumbent.best;
    }

    /** Rounds grow with the number of lots, so that rebuilding the solver stays a small share of each. */
    private static long roundNanos(LotPlan plan) {
        return Math.max(SHORTEST_ROUND.toNanos(), plan.getLots().size() * ROUND_NANOS_PER_LOT);
    }

    /** Thread-safe: makes a running {@link #improve} return promptly with its best so far, and later ones at once. */
    public void stop() {
        stopRequested = true;
        DefaultSolver<LotPlan> solver = runningSolver;
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    /**
     * One local search from the plan cut from the incumbent, until it stops improving or the round ends (the solver's
     * spent limit only starts once it is built, hence the step check); returns its best flows.
     */
    private Flows searchRound(LotPlan plan, Incumbent incumbent, long round, long roundEnd) {
        Duration limit = Duration.ofMillis(Math.max(1, (roundEnd - System.nanoTime()) / 1_000_000));
        long unimprovedSteps = UNIMPROVED_STEPS + (long) UNIMPROVED_STEPS_PER_LOT * plan.getLots().size();
        DefaultSolver<LotPlan> solver = (DefaultSolver<LotPlan>) SolverFactory.<LotPlan>create(
                solverConfig(round, limit, unimprovedSteps)).buildSolver();
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void solvingStarted(SolverScope<LotPlan> solverScope) {
                if (stopRequested) {
                    solver.terminateEarly();
                }
            }

            @Override
            public void stepEnded(AbstractStepScope<LotPlan> stepScope) {
                if (System.nanoTime() > roundEnd) {
                    solver.terminateEarly();
                }
            }
        });
        long[] nextOffer = {System.nanoTime() + OFFER_INTERVAL.toNanos()};
        solver.addEventListener(event -> {
            long offeredAt = System.nanoTime();
            if (offeredAt >= nextOffer[0]) {
                incumbent.offer(polish.polish(LotPlans.toFlows(network, event.getNewBestSolution())));
                long took = System.nanoTime() - offeredAt;
                nextOffer[0] = System.nanoTime() + Math.max(OFFER_INTERVAL.toNanos(), OFFER_COST_FACTOR * took);
            }
        });
        runningSolver = solver;
        try {
            return LotPlans.toFlows(network, solver.solve(plan));
        } finally {
            runningSolver = null;
        }
    }

    SolverConfig solverConfig(long randomSeed, Duration limit, long unimprovedSteps) {
        return new SolverConfig()
                .withSolutionClass(LotPlan.class)
                .withEntityClasses(Lot.class, DemandLoad.class)
                .withConstraintProviderClass(FlowConstraints.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withRandomSeed(randomSeed)
                .withMoveThreadCount(threads > 1 ? Integer.toString(threads) : SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit))
                .withPhases(new LocalSearchPhaseConfig()
                        .withTerminationConfig(new TerminationConfig()
                                .withUnimprovedStepCountLimit((int) Math.min(Integer.MAX_VALUE, unimprovedSteps)))
                        .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(PairMoveFactory.class))
                        .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                .withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }

    /** The best flows so far; offers that are feasible and cheaper replace it and are reported. */
    private final class Incumbent {

        private final Consumer<Flows> onNewBest;
        private Flows best;
        private double bestCost;

        Incumbent(Flows start, Consumer<Flows> onNewBest) {
            this.onNewBest = onNewBest;
            this.best = start;
            this.bestCost = network.cost(start);
        }

        void offer(Flows flows) {
            double cost = network.cost(flows);
            if (cost < bestCost - 1e-9 * Math.max(1, Math.abs(bestCost)) && network.isFeasible(flows)) {
                best = flows;
                bestCost = cost;
                onNewBest.accept(flows.copy());
            }
        }
    }
}
