package no.sirkel.optimizer;

import java.time.Duration;

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
import no.sirkel.optimizer.solver.LocalSearch;

/**
 * Solves a {@link Problem} into a {@link Plan}: the optimizer's public entry point.
 *
 * <p>Pipeline: build the network; the greedy plan; the linear-relaxation bound (its flows are a candidate too where the
 * flow solver holds every tonnage exactly, since the bound rounds capacities up); plain
 * dynamic slope scaling to convergence (only the time limit cuts it short), then its perturbed restarts for
 * {@value #SLOPE_SCALING_SHARE_PERCENT} % of the time left; local search from the best plan for the rest. The returned plan is the cheapest of all candidates by exact
 * {@link Network#cost}, so it is never worse than the greedy or the slope-scaling plan. The plan's greedy cost is
 * summed the way its totals are, so the two compare exactly.
 *
 * <p>One optimizer runs one solve at a time. {@link #stop()} may be called from any thread: the solve under way then
 * finishes the step it is in and returns the best plan so far (the network, greedy plan and bound are always
 * computed); a stopped optimizer stays stopped, so later solves return after those first steps.
 */
public final class Optimizer {

    static final int SLOPE_SCALING_SHARE_PERCENT = 30;

    private final SolveOptions options;
    private volatile boolean stopRequested;
    private volatile SlopeScaling runningSlopeScaling;
    private volatile LocalSearch runningLocalSearch;

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
        long deadline = start + options.timeLimit().toNanos();
        PreparedProblem prepared = NetworkBuilder.build(problem);
        Network network = prepared.network();
        ScaledMinCostFlow flowSolver = new ScaledMinCostFlow(network);

        PlanBuilder planBuilder = new PlanBuilder(prepared);
        Flows greedy = Greedy.solve(network);
        double greedyCost = planBuilder.totals(greedy).cost();
        LinearRelaxation.Result relaxation = LinearRelaxation.solve(network, flowSolver);
        Incumbent incumbent = new Incumbent(network, relaxation.lowerBound(), start,
                listener == null ? progress -> { } : listener, greedy);
        if (flowSolver.isExact()) {
            incumbent.offer("relaxation", relaxation.flows());
        }

        LocalSearch localSearch = localSearch(network);
        int slopeScalingShare = localSearch == null ? 100 : SLOPE_SCALING_SHARE_PERCENT;
        if (!stopRequested && network.arcCount() > 0) {
            SlopeScaling slopeScaling = new SlopeScaling(network, flowSolver, 1);
            runningSlopeScaling = slopeScaling;
            if (stopRequested) {
                slopeScaling.stop();
            }
            slopeScaling.plain(share(deadline, 100), flows -> incumbent.offer("slope-scaling", flows));
            slopeScaling.restarts(share(deadline, slopeScalingShare), flows -> incumbent.offer("slope-scaling", flows));
            runningSlopeScaling = null;
        }
        if (!stopRequested && localSearch != null && network.arcCount() > 0) {
            runningLocalSearch = localSearch;
            if (stopRequested) {
                localSearch.stop();
            }
            localSearch.improve(incumbent.best(), share(deadline, 100),
                    flows -> incumbent.offer("local-search", flows));
            runningLocalSearch = null;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return planBuilder.build(incumbent.best(), greedyCost, relaxation.lowerBound(), seconds);
    }

    /** Thread-safe: ends the solve under way as soon as its current step allows; it returns the best plan so far. */
    public void stop() {
        stopRequested = true;
        SlopeScaling slopeScaling = runningSlopeScaling;
        if (slopeScaling != null) {
            slopeScaling.stop();
        }
        LocalSearch localSearch = runningLocalSearch;
        if (localSearch != null) {
            localSearch.stop();
        }
    }

    /** The local search, or null where its integer score cannot hold this network's costs (slope scaling then gets all the time). */
    private LocalSearch localSearch(Network network) {
        try {
            return new LocalSearch(network, options.threads());
        } catch (IllegalArgumentException costsTooLarge) {
            return null;
        }
    }

    private static Duration share(long deadline, int percent) {
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
