package no.sirkel.optimizer;

import java.time.Duration;
import java.util.function.Consumer;

import no.sirkel.optimizer.basis.BasisSearch;
import no.sirkel.optimizer.bound.LinearRelaxation;
import no.sirkel.optimizer.flow.ScaledMinCostFlow;
import no.sirkel.optimizer.heuristic.Greedy;
import no.sirkel.optimizer.heuristic.SlopeScaling;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;
import no.sirkel.optimizer.network.NetworkBuilder;
import no.sirkel.optimizer.network.PreparedProblem;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.PlanBuilder;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.ProblemValidator;
import no.sirkel.optimizer.timed.TimedSolver;
import no.sirkel.optimizer.localsearch.LocalSearch;

/**
 * Solves a {@link Problem} into a {@link Plan}: the optimizer's public entry point.
 *
 * <p>Pipeline, all within the time limit: build the network; the greedy plan; the linear-relaxation bound (its flows
 * are a candidate too where the flow solver holds every tonnage exactly, since the bound rounds capacities up); plain
 * dynamic slope scaling until its flows stop changing, for at most {@value #SLOPE_SCALING_SHARE_PERCENT} % of the
 * time left (its first round is the relaxation's flows where those are a plan, as they solve the same min-cost flow;
 * a round is only begun where the longest so far still fits); the iterated local search on the flow basis
 * ({@link BasisSearch}) from the best plan so far for {@value #BASIS_SEARCH_SHARE_PERCENT} % of the time left; then
 * OptaPlanner local search ({@link LocalSearch}) from the best plan for the rest, less its solvers' start-up, where at
 * least {@link #LEAST_TIME_FOR_LOCAL_SEARCH} is left, else the basis search gets that time too. Time for building the
 * plan is held back from the start. The returned plan is the cheapest of all candidates by exact
 * {@link Network#cost}, so it is never worse than the greedy or the slope-scaling plan. The plan's greedy cost is
 * summed the way its totals are, so the two compare exactly.
 *
 * <p>The network, greedy plan and bound are always computed (every plan carries a proven bound), so a limit shorter
 * than they take is overrun by them alone.
 *
 * <p>A version 2 problem (one with a horizon) is solved by {@link TimedSolver} on its time-expanded network instead;
 * the steps above are version 1's alone.
 *
 * <p>One optimizer runs one solve at a time. {@link #stop()} may be called from any thread: the solve under way then
 * finishes the step it is in and returns the best plan so far; a stopped optimizer stays stopped, so later solves
 * return after those first steps.
 */
public final class Optimizer {

    /** Measured on 5,000 × 5,000: slope-scaling rounds of 10 s each bring nothing there after the first. */
    static final int SLOPE_SCALING_SHARE_PERCENT = 50;
    static final int BASIS_SEARCH_SHARE_PERCENT = 75;
    static final Duration LEAST_TIME_FOR_LOCAL_SEARCH = Duration.ofSeconds(2);
    /** A local-search round's solver starts before its time counts: up to 0.7 s measured on 5,000 × 5,000. */
    private static final Duration LOCAL_SEARCH_START_UP = Duration.ofMillis(700);
    /** Time held back for building the plan: per arc (0.2 s measured for 3.3 million) and at least. */
    private static final long PLAN_NANOS_PER_ARC = 200;
    private static final long LEAST_PLAN_NANOS = 20_000_000;

    private final SolveOptions options;
    private volatile boolean stopRequested;
    private volatile Runnable stopPhase = () -> { };

    /** Loads OR-Tools' native code here, once per JVM, so that it does not count against a solve's time. */
    public Optimizer(SolveOptions options) {
        this.options = options;
        ScaledMinCostFlow.loadNativeLibraries();
    }

    /**
     * Blocks until the time limit or {@link #stop()}.
     *
     * @param listener told of each new best plan; may be null
     * @throws no.sirkel.optimizer.problem.InvalidProblemException naming every broken field of an invalid problem
     */
    public Plan solve(Problem problem, ProgressListener listener) {
        long start = System.nanoTime();
        if (problem.parameters() != null && problem.parameters().horizon() != null) {
            return solveTimed(problem, listener, start);
        }
        PreparedProblem prepared = NetworkBuilder.build(problem);
        Network network = prepared.network();
        long deadline = start + options.timeLimit().toNanos()
                - Math.max(LEAST_PLAN_NANOS, PLAN_NANOS_PER_ARC * network.arcCount());
        ScaledMinCostFlow flowSolver = new ScaledMinCostFlow(network);

        PlanBuilder planBuilder = new PlanBuilder(prepared);
        Flows greedy = Greedy.solve(network);
        double greedyCost = planBuilder.totals(greedy).cost();
        long boundStart = System.nanoTime();
        LinearRelaxation.Result relaxation = LinearRelaxation.solve(network, flowSolver);
        long boundNanos = System.nanoTime() - boundStart;
        Incumbent incumbent = new Incumbent(network, relaxation.lowerBound(), start,
                listener == null ? progress -> { } : listener, greedy);
        if (flowSolver.isExact()) {
            incumbent.offer("relaxation", relaxation.flows());
        }

        if (network.arcCount() > 0) {
            if (deadline - System.nanoTime() > boundNanos) {
                SlopeScaling slopeScaling = new SlopeScaling(network, flowSolver);
                Consumer<Flows> onNewBest = flows -> incumbent.offer("slope-scaling", flows);
                during(slopeScaling::stop, () -> {
                    if (flowSolver.isExact()) {
                        slopeScaling.plain(relaxation.flows(), Duration.ofNanos(boundNanos),
                                left(deadline, SLOPE_SCALING_SHARE_PERCENT), onNewBest);
                    } else {
                        slopeScaling.plain(left(deadline, SLOPE_SCALING_SHARE_PERCENT), onNewBest);
                    }
                });
            }
            if (System.nanoTime() < deadline) {
                improve(network, incumbent, deadline);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return planBuilder.build(incumbent.best(), greedyCost, relaxation.lowerBound(), seconds);
    }

    /** A version 2 problem, on its time-expanded network ({@link TimedSolver}). */
    private Plan solveTimed(Problem problem, ProgressListener listener, long start) {
        ProblemValidator.requireValid(problem);
        TimedSolver solver = new TimedSolver(listener);
        stopPhase = solver::stop;
        try {
            if (stopRequested) {
                solver.stop();
            }
            return solver.solve(problem, start, start + options.timeLimit().toNanos() - LEAST_PLAN_NANOS);
        } finally {
            stopPhase = () -> { };
        }
    }

    /** The basis search, then the local search where it has time. */
    private void improve(Network network, Incumbent incumbent, long deadline) {
        BasisSearch basisSearch = new BasisSearch(network, 1);
        LocalSearch localSearch = localSearchFits(deadline, 100 - BASIS_SEARCH_SHARE_PERCENT)
                ? localSearch(network) : null;
        during(basisSearch::stop, () -> basisSearch.improve(incumbent.best(),
                left(deadline, localSearch != null ? BASIS_SEARCH_SHARE_PERCENT : 100),
                flows -> incumbent.offer("basis-search", flows)));
        if (localSearch != null && localSearchFits(deadline, 100)) {
            during(localSearch::stop, () -> localSearch.improve(incumbent.best(),
                    left(deadline, 100).minus(LOCAL_SEARCH_START_UP),
                    flows -> incumbent.offer("local-search", flows)));
        }
    }

    /** Thread-safe: ends the solve under way as soon as its current step allows; it returns the best plan so far. */
    public void stop() {
        stopRequested = true;
        stopPhase.run();
    }

    /** Runs a phase unless the solve has been stopped; {@link #stop()} meanwhile calls {@code stopper}. */
    private void during(Runnable stopper, Runnable phase) {
        stopPhase = stopper;
        try {
            if (!stopRequested) {
                phase.run();
            }
        } finally {
            stopPhase = () -> { };
        }
    }

    /** The local search, or null where its integer score cannot hold this network's costs (the basis search then gets all the time). */
    private LocalSearch localSearch(Network network) {
        try {
            return new LocalSearch(network, options.threads());
        } catch (IllegalArgumentException costsTooLarge) {
            return null;
        }
    }

    private static boolean localSearchFits(long deadline, int percent) {
        return left(deadline, percent).compareTo(LEAST_TIME_FOR_LOCAL_SEARCH) >= 0;
    }

    private static Duration left(long deadline, int percent) {
        long left = Math.max(0, deadline - System.nanoTime());
        return Duration.ofNanos(left / 100 * percent);
    }

    /** The cheapest feasible flows so far; each improvement is reported. */
    private static final class Incumbent {

        private final Network network;
        private final double lowerBound;
        private final long start;
        private final ProgressListener listener;
        private Flows best;
        private double bestCost;

        /** Starts from the greedy plan, which is feasible and never dearer than matching nothing. */
        Incumbent(Network network, double lowerBound, long start, ProgressListener listener, Flows greedy) {
            this.network = network;
            this.lowerBound = lowerBound;
            this.start = start;
            this.listener = listener;
            accept("greedy", greedy, network.cost(greedy));
        }

        Flows best() {
            return best.copy();
        }

        void offer(String phase, Flows flows) {
            if (!network.isFeasible(flows)) {
                return;
            }
            double cost = network.cost(flows);
            if (cost < bestCost) {
                accept(phase, flows, cost);
            }
        }

        private void accept(String phase, Flows flows, double cost) {
            best = flows.copy();
            bestCost = cost;
            Double gap = PlanBuilder.gapPercent(cost, lowerBound);
            listener.onProgress(new Progress((System.nanoTime() - start) / 1e9, phase, cost, lowerBound,
                    gap == null ? Double.NaN : gap));
        }
    }
}
