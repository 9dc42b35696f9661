package no.sirkel.optimizer.timed;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import no.sirkel.optimizer.Progress;
import no.sirkel.optimizer.ProgressListener;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.PlanBuilder;
import no.sirkel.optimizer.problem.Problem;

/**
 * Solves a version 2 problem on its time-expanded network ({@link TimedModel}). All steps run within the deadline,
 * except the first three, which every plan needs:
 *
 * <ol>
 *   <li>the linear relaxation (GLOP), each pair's fixed cost spread over the most it can carry and each candidate
 *       hub's opening cost on its 0..1 open column: its {@link SafeBound} is the plan's proven lower bound, and its
 *       flows are a plan;</li>
 *   <li>the baseline (no match, no hub intake or delivery: a min-cost flow within the capacities) and the greedy plan
 *       ({@link TimedGreedy});</li>
 *   <li>dynamic slope scaling on the expanded network: each round prices a pair's tonnes at {@code c + f / X} and a
 *       candidate hub's intake at {@code opening / intake}, X and intake from the round before, until the set of
 *       used pairs and hubs repeats, for at most half the time left;</li>
 *   <li>the best plan's flows solved again over its own pairs and hubs at their true per-tonne costs (never dearer);</li>
 *   <li>the exact MIP ({@link ExactMip}, SCIP) from the best plan for the rest of the time, where the network is small
 *       enough to load, its plan's flows solved again the same way.</li>
 * </ol>
 *
 * Every plan is feasible by construction (each is an optimal vertex of the network's rows); the cheapest by
 * {@link TimedModel#cost} is kept and each new best is reported.
 */
public final class TimedSolver {

    static final int SLOPE_SCALING_SHARE_PERCENT = 50;
    static final int MOST_SLOPE_SCALING_ROUNDS = 100;
    /** Above this many columns the exact MIP is not loaded (its memory and set-up would not pay). */
    static final int MOST_MIP_COLUMNS = 400_000;
    private static final long LEAST_MIP_MILLIS = 500;

    private final ProgressListener listener;
    private volatile boolean stopped;
    private volatile LpSolver lpRunning;
    private final ExactMip mip = new ExactMip();

    public TimedSolver(ProgressListener listener) {
        this.listener = listener == null ? progress -> { } : listener;
    }

    /** Thread-safe: ends the solve under way soon; it returns the best plan so far. */
    public void stop() {
        stopped = true;
        LpSolver lp = lpRunning;
        if (lp != null) {
            lp.interrupt();
        }
        mip.interrupt();
    }

    /**
     * @param deadline {@link System#nanoTime()} by which the plan should be built
     * @param start    {@link System#nanoTime()} the solve began, for progress and the plan's seconds
     */
    public Plan solve(Problem problem, long start, long deadline) {
        TimedModel model = TimedModelBuilder.build(problem);
        Result result;
        try (LpSolver lp = new LpSolver(model.lp)) {
            lpRunning = lp;
            result = solve(model, lp, start, deadline);
        } finally {
            lpRunning = null;
        }
        TimedPlanBuilder builder = new TimedPlanBuilder(problem, model.pricing, model.periods, model.release,
                model.need);
        return builder.build(model.flows(result.best), model.flows(result.baseline), result.greedyCost,
                result.bound, (System.nanoTime() - start) / 1e9);
    }

    private record Result(double[] best, double[] baseline, double greedyCost, double bound) {
    }

    private Result solve(TimedModel model, LpSolver lp, long start, long deadline) {
        double[] relaxedCosts = model.relaxedCosts();
        LpSolver.Solution relaxation = lp.solve(relaxedCosts, Long.MAX_VALUE / 2);
        double bound = Math.max(0, SafeBound.of(model.lp, relaxedCosts, relaxation.duals()));
        Incumbent incumbent = new Incumbent(model, bound, start);
        double[] baseline = baseline(model, lp);
        incumbent.offer("baseline", baseline);
        double[] greedy = TimedGreedy.solve(model, lp);
        double greedyCost = model.cost(greedy);
        incumbent.offer("greedy", greedy);
        if (relaxation.solved()) {
            incumbent.offer("relaxation", relaxation.x());
            slopeScaling(model, lp, relaxation.x(), incumbent, start, deadline);
        }
        polish(model, lp, incumbent);
        if (model.columnCount() <= MOST_MIP_COLUMNS && millisLeft(deadline) >= LEAST_MIP_MILLIS && !stopped) {
            ExactMip.Result exact = mip.solve(model, incumbent.best, Duration.ofMillis(millisLeft(deadline)));
            if (exact.found()) {
                double[] x = restrictedSolve(model, lp, exact.usedPairs(), exact.openedHubs());
                if (x != null) {
                    incumbent.offer("exact-mip", x);
                }
            }
        }
        return new Result(incumbent.best, baseline, greedyCost, bound);
    }

    /** The cheapest plan without matches or hub intake and deliveries: a min-cost flow within the capacities. */
    static double[] baseline(TimedModel model, LpSolver lp) {
        double[] upper = model.lp.upper.clone();
        for (int j = 0; j < upper.length; j++) {
            if (model.isReuse(j)) {
                upper[j] = 0;
            }
        }
        LpSolver.Solution solution = lp.solve(model.lp.cost, model.lp.lower, upper, Long.MAX_VALUE / 2);
        if (!solution.solved()) {
            throw new IllegalStateException("the baseline's min-cost flow did not solve");
        }
        return solution.x();
    }

    private void slopeScaling(TimedModel model, LpSolver lp, double[] first, Incumbent incumbent, long start,
                              long deadline) {
        long until = System.nanoTime() + (deadline - System.nanoTime()) / 100 * SLOPE_SCALING_SHARE_PERCENT;
        double[] pairSlope = new double[model.pairCount()];
        for (int q = 0; q < pairSlope.length; q++) {
            pairSlope[q] = model.pairFixedCost[q] / model.pairCapacity[q];
        }
        double[] hubSlope = new double[model.hubCount()];
        double[] mostIntake = mostIntake(model);
        for (int h = 0; h < hubSlope.length; h++) {
            if (model.openColumn[h] >= 0) {
                hubSlope[h] = model.lp.cost[model.openColumn[h]] / Math.max(1, mostIntake[h]);
            }
        }
        Set<String> seen = new HashSet<>();
        double[] x = first;
        long longestRound = 0;
        for (int round = 0; round < MOST_SLOPE_SCALING_ROUNDS && !stopped; round++) {
            if (!seen.add(support(model, x)) || System.nanoTime() + longestRound > until) {
                break;
            }
            double[] pairTonnes = model.pairTonnes(x);
            for (int q = 0; q < pairSlope.length; q++) {
                if (pairTonnes[q] > 0) {
                    pairSlope[q] = model.pairFixedCost[q] / pairTonnes[q];
                }
            }
            double[] intake = intake(model, x);
            for (int h = 0; h < hubSlope.length; h++) {
                if (model.openColumn[h] >= 0 && intake[h] > TimedModel.FLOW_EPSILON) {
                    hubSlope[h] = model.lp.cost[model.openColumn[h]] / intake[h];
                }
            }
            double[] costs = model.lp.cost.clone();
            for (int j = 0; j < costs.length; j++) {
                if (model.pair[j] >= 0) {
                    costs[j] += pairSlope[model.pair[j]];
                }
                if (model.kind[j] == ColumnKind.TO_HUB) {
                    costs[j] += hubSlope[model.hubOf(j)];
                } else if (model.kind[j] == ColumnKind.OPEN) {
                    costs[j] = 0;
                }
            }
            long roundStart = System.nanoTime();
            LpSolver.Solution solution = lp.solve(costs, millisLeft(deadline));
            longestRound = Math.max(longestRound, System.nanoTime() - roundStart);
            if (!solution.solved()) {
                break;
            }
            x = solution.x();
            incumbent.offer("slope-scaling", x);
        }
    }

    /** The best plan's flows solved again over its own pairs and hubs at their true per-tonne costs. */
    private void polish(TimedModel model, LpSolver lp, Incumbent incumbent) {
        if (stopped) {
            return;
        }
        double[] pairTonnes = model.pairTonnes(incumbent.best);
        boolean[] used = new boolean[pairTonnes.length];
        for (int q = 0; q < used.length; q++) {
            used[q] = pairTonnes[q] > 0;
        }
        double[] x = restrictedSolve(model, lp, used, model.openedHubs(incumbent.best));
        if (x != null) {
            incumbent.offer("polish", x);
        }
    }

    /** The cheapest flows that use only the given pairs and candidate hubs, or null where the solve fails. */
    static double[] restrictedSolve(TimedModel model, LpSolver lp, boolean[] usedPairs, boolean[] openHubs) {
        double[] lower = model.lp.lower.clone();
        double[] upper = model.lp.upper.clone();
        for (int j = 0; j < upper.length; j++) {
            if (model.pair[j] >= 0 && !usedPairs[model.pair[j]]) {
                upper[j] = 0;
            }
        }
        for (int h = 0; h < openHubs.length; h++) {
            int open = model.openColumn[h];
            if (open >= 0) {
                lower[open] = openHubs[h] ? 1 : 0;
                upper[open] = openHubs[h] ? 1 : 0;
            }
        }
        LpSolver.Solution solution = lp.solve(model.lp.cost, lower, upper, Long.MAX_VALUE / 2);
        return solution.solved() ? solution.x() : null;
    }

    /** The pairs and candidate hubs a plan uses, as a key. */
    private static String support(TimedModel model, double[] x) {
        double[] pairTonnes = model.pairTonnes(x);
        boolean[] opened = model.openedHubs(x);
        StringBuilder key = new StringBuilder(pairTonnes.length + opened.length);
        for (double tonnes : pairTonnes) {
            key.append(tonnes > 0 ? '1' : '0');
        }
        for (boolean open : opened) {
            key.append(open ? '1' : '0');
        }
        return key.toString();
    }

    private static double[] intake(TimedModel model, double[] x) {
        double[] intake = new double[model.hubCount()];
        for (int j = 0; j < x.length; j++) {
            if (model.kind[j] == ColumnKind.TO_HUB) {
                intake[model.hubOf(j)] += x[j];
            }
        }
        return intake;
    }

    private static double[] mostIntake(TimedModel model) {
        double[] most = new double[model.hubCount()];
        for (int j = 0; j < model.columnCount(); j++) {
            if (model.kind[j] == ColumnKind.TO_HUB) {
                most[model.hubOf(j)] += model.lp.upper[j];
            }
        }
        return most;
    }

    private static long millisLeft(long deadline) {
        return Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
    }

    /** The cheapest plan so far by {@link TimedModel#cost}; each improvement is reported. */
    private final class Incumbent {

        private final TimedModel model;
        private final double bound;
        private final long start;
        private double[] best;
        private double bestCost = Double.POSITIVE_INFINITY;

        Incumbent(TimedModel model, double bound, long start) {
            this.model = model;
            this.bound = bound;
            this.start = start;
        }

        void offer(String phase, double[] x) {
            double cost = model.cost(x);
            if (cost < bestCost) {
                best = x;
                bestCost = cost;
                Double gap = PlanBuilder.gapPercent(cost, bound);
                listener.onProgress(new Progress((System.nanoTime() - start) / 1e9, phase, cost, bound,
                        gap == null ? Double.NaN : gap));
            }
        }
    }
}
