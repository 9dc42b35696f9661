package no.sirkel.optimizer.timed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.sirkel.optimizer.Progress;
import no.sirkel.optimizer.ProgressListener;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.PlanBuilder;
import no.sirkel.optimizer.problem.Problem;

/**
 * Solves a version 2 problem on its time-expanded network ({@link TimedModel}). Steps, all within the deadline except
 * the bound, the baseline and the greedy plan, which every plan needs:
 *
 * <ol>
 *   <li>the baseline (no match, hub intake or delivery: a min-cost flow within the capacities) and the greedy plan
 *       ({@link TimedGreedy}), each solved as the network's linear program over its own columns (GLOP);</li>
 *   <li>the flow relaxation ({@link FlowRelaxation}): pair fixed costs and opening costs spread per tonne, hub
 *       capacities priced by Lagrange multipliers improved by subgradient steps; each solve is a proven bound;</li>
 *   <li>on networks small enough for GLOP to solve whole ({@value #MOST_FULL_LP_COLUMNS} columns): the linear
 *       relaxation with every side constraint (a tighter proven bound through {@link SafeBound}), dynamic slope
 *       scaling on it, and the exact MIP ({@link ExactMip}, SCIP) from the best plan for the rest of the time;</li>
 *   <li>on larger networks: dynamic slope scaling on the flow network with each hub's capacity split among its stock
 *       groups ({@link #stockShares}, a restriction that keeps the shared capacity; a pair's tonnes priced
 *       {@code c + f / X}, a candidate hub's intake {@code opening / intake}, X and intake from the round before),
 *       for a few rounds or until the pairs and hubs used repeat, with the closing solves below; then, in all the time
 *       left, the bound exact in the candidate hubs ({@link CandidateSplit}: flow relaxations per open/shut case with
 *       multipliers chosen by {@link BoxStep}, the least over the cases, each solve warm-started by the network
 *       simplex);</li>
 *   <li>each candidate plan's pairs and hubs (the best few of the slope-scaling rounds, the best plan so far) solved
 *       as the linear program over those columns at their true per-tonne costs, which makes it feasible for every
 *       side constraint and never dearer for the same pairs; on larger networks also fix and resolve: the linear
 *       relaxation over every pair and hub any of those plans used, then its own pairs and hubs solved the same
 *       way.</li>
 * </ol>
 *
 * Every plan kept is an optimal vertex of the network's rows restricted to some columns, so it is feasible; the
 * cheapest by {@link TimedModel#cost} is returned, and each new best reported.
 */
public final class TimedSolver {

    /**
     * Up to this many columns GLOP solves the whole linear relaxation (measured on a loaded 2-core machine: 15,000 in
     * 1 s, 100,000 in 25–48 s; the flow relaxation's bound is far looser, so the whole LP is worth that time).
     */
    static final int MOST_FULL_LP_COLUMNS = 150_000;
    /** Above this many columns the pipeline does not load the exact MIP (SCIP would not get past its root in time). */
    static final int MOST_MIP_COLUMNS = 60_000;
    static final int SLOPE_SCALING_SHARE_PERCENT = 50;
    static final int LAGRANGIAN_SHARE_PERCENT = 15;
    /**
     * Above {@value #MOST_FULL_LP_COLUMNS} columns the plans come first (slope scaling on the split capacities, the
     * closing solves) and the candidate split's bound takes all the time they leave, up to this much before the
     * deadline. The plans need a roughly fixed amount of work (their rounds and closing solves), the bound gains with
     * every further solve: at 2,000 × 2,000 monthly the split in front, with 40 % of the time left, made 79 warm solves
     * and left 18 s unused; at 500 × 500 weekly, where the plans take most of the 60 s, a split in front made the
     * slope-scaling plan come too late.
     */
    static final long SPLIT_MARGIN_NANOS = 200_000_000L;
    static final int MOST_SLOPE_SCALING_ROUNDS = 100;
    /**
     * Rounds of slope scaling on the flow network with split capacities. At 2,000 × 2,000 monthly its first rounds
     * were its cheapest (in two runs the five cheapest of 19 and of 100 were rounds 0 to 4), and its hundred rounds
     * took 16 s that the candidate split's bound needs more.
     */
    static final int MOST_FLOW_SLOPE_SCALING_ROUNDS = 8;
    static final int MOST_SUBGRADIENT_STEPS = 30;
    /** Slope-scaling rounds whose pairs and hubs are solved exactly at the end, the cheapest first. */
    static final int SUPPORTS_POLISHED = 3;
    private static final long LEAST_MIP_MILLIS = 500;
    /** A closing re-solve is not begun with less time left than this. */
    private static final long LEAST_RESOLVE_MILLIS = 50;
    /**
     * The time limit of the solves every plan needs: the baseline, the greedy plan, and the whole linear relaxation
     * where it is the bound (cut short, it would leave the far looser flow relaxation's bound and plans).
     */
    private static final long UNLIMITED_MILLIS = Long.MAX_VALUE / 2;

    /**
     * The min-cost flow solver of the flow relaxation and flow slope scaling; the system property
     * {@code sirkel.timed.flowEngine=COST_SCALING} chooses OR-Tools' instead (for comparisons).
     */
    private static final FlowRelaxation.Engine FLOW_ENGINE = FlowRelaxation.Engine.valueOf(
            System.getProperty("sirkel.timed.flowEngine", FlowRelaxation.Engine.NETWORK_SIMPLEX.name()));
    /** With the system property {@code sirkel.timed.trace=true}, each step's time and result go to standard error. */
    private static final boolean TRACE = Boolean.getBoolean("sirkel.timed.trace");

    private final ProgressListener listener;
    private final ExactMip mip = new ExactMip();
    private volatile boolean stopped;
    private volatile LpSolver lpRunning;
    /** {@link System#nanoTime()} by which the closing re-solves must be done; none outside {@link #solve}. */
    private long deadline = Long.MAX_VALUE;
    /** The longest closing re-solve so far, to leave time for one after the exact MIP. */
    private long longestResolveNanos;
    /** {@link System#nanoTime()} the solve began, for {@link #trace}. */
    private long traceStart;

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
     * @param start    {@link System#nanoTime()} the solve began, for progress and the plan's seconds
     * @param deadline {@link System#nanoTime()} by which the plan should be built
     */
    public Plan solve(Problem problem, long start, long deadline) {
        this.deadline = deadline;
        TimedModel model = TimedModelBuilder.build(problem);
        Result result = solve(model, start, deadline);
        TimedPlanBuilder builder = new TimedPlanBuilder(problem, model.pricing, model.periods, model.release,
                model.need);
        return builder.build(model.flows(result.best), model.flows(result.baseline), result.greedyCost,
                result.bound, (System.nanoTime() - start) / 1e9);
    }

    private record Result(double[] best, double[] baseline, double greedyCost, double bound) {
    }

    private Result solve(TimedModel model, long start, long deadline) {
        Incumbent incumbent = new Incumbent(model, start);
        traceStart = start;
        trace("model: " + model.columnCount() + " columns");
        double[] baseline = baseline(model);
        incumbent.offer("baseline", baseline);
        double[] greedy = greedy(model);
        double greedyCost = model.cost(greedy);
        incumbent.offer("greedy", greedy);
        trace("baseline and greedy plan");
        FlowRelaxation flow = new FlowRelaxation(model, FLOW_ENGINE);
        double[] spread = flowCosts(model);
        double[] lastFlows = lagrangian(model, flow, spread, incumbent, deadline);
        trace(String.format(Locale.ROOT, "flow relaxation: bound %.0f, %d solves in %.1f s", incumbent.bound,
                flow.solves(), flow.solveNanos() / 1e9));
        if (model.columnCount() <= MOST_FULL_LP_COLUMNS) {
            solveWhole(model, incumbent, start, deadline);
        } else {
            flowSlopeScaling(model, flow, stockShares(model, lastFlows), incumbent, deadline);
            long until = deadline - SPLIT_MARGIN_NANOS;
            int solvesBefore = flow.solves();
            long nanosBefore = flow.solveNanos();
            CandidateSplit.Result split = CandidateSplit.bound(model, flow, spread,
                    new double[model.hubCount() * model.periods.size()], incumbent.bestCost, until, () -> stopped);
            if (split != null) {
                incumbent.raiseBound(Math.min(split.bound(), incumbent.bestCost));
                trace(String.format(Locale.ROOT, "candidate split: bound %.0f, %d solves in %.1f s",
                        split.bound(), flow.solves() - solvesBefore, (flow.solveNanos() - nanosBefore) / 1e9));
            }
        }
        trace(String.format(Locale.ROOT, "done: plan %.0f, bound %.0f, %d flow solves in %.1f s",
                incumbent.bestCost, incumbent.bound, flow.solves(), flow.solveNanos() / 1e9));
        return new Result(incumbent.best, baseline, greedyCost, incumbent.bound);
    }

    /** The linear relaxation with every side constraint, slope scaling on it, then the exact MIP. */
    private void solveWhole(TimedModel model, Incumbent incumbent, long start, long deadline) {
        try (LpSolver lp = new LpSolver(model.lp)) {
            lpRunning = lp;
            double[] relaxedCosts = model.relaxedCosts();
            LpSolver.Solution relaxation = lp.solve(relaxedCosts, UNLIMITED_MILLIS);
            if (relaxation.solved()) {
                incumbent.raiseBound(SafeBound.of(model.lp, relaxedCosts, relaxation.duals()));
                incumbent.offer("relaxation", relaxation.x());
                lpSlopeScaling(model, lp, relaxation.x(), incumbent, deadline);
            }
        } finally {
            lpRunning = null;
        }
        polish(model, incumbent, incumbent.best, "polish");
        long mipMillis = millisLeft(deadline) - 2 * longestResolveNanos / 1_000_000;
        if (model.columnCount() <= MOST_MIP_COLUMNS && mipMillis >= LEAST_MIP_MILLIS && !stopped) {
            ExactMip.Result exact = mip.solve(model, incumbent.best, Duration.ofMillis(mipMillis));
            if (exact.found()) {
                double[] x = closingSolve(model, exact.usedPairs(), exact.openedHubs());
                if (x != null) {
                    incumbent.offer("exact-mip", x);
                }
            }
        }
    }

    /**
     * Subgradient steps on the multipliers of the hubs' shared capacity, within {@value #LAGRANGIAN_SHARE_PERCENT} %
     * of the time left; each solve raises the bound where it can. Above {@value #MOST_FULL_LP_COLUMNS} columns only
     * the first solve: the multipliers are searched per case in {@link CandidateSplit}, where they raise the final
     * bound. Returns the last solve's flows.
     */
    private double[] lagrangian(TimedModel model, FlowRelaxation flow, double[] spread, Incumbent incumbent,
                                long deadline) {
        double[] lambda = new double[model.hubCount() * model.periods.size()];
        long until = model.columnCount() <= MOST_FULL_LP_COLUMNS
                ? System.nanoTime() + (deadline - System.nanoTime()) / 100 * LAGRANGIAN_SHARE_PERCENT : Long.MIN_VALUE;
        double largestCost = 0;
        for (double cost : spread) {
            largestCost = Math.max(largestCost, cost);
        }
        double stepScale = 1;
        double[] last = new double[model.columnCount()];
        for (int step = 0; step < MOST_SUBGRADIENT_STEPS && !stopped; step++) {
            FlowRelaxation.Solution solution = flow.solve(spread, lambda);
            last = solution.x();
            double previousBound = incumbent.bound;
            incumbent.raiseBound(solution.bound());
            if (step == 0) {
                double[] polished = closingSolve(model, usedPairs(model, solution.x()),
                        model.openedHubs(solution.x()));
                if (polished != null) {
                    incumbent.offer("flow-relaxation", polished);
                }
            }
            stepScale = incumbent.bound > previousBound ? stepScale : stepScale / 2;
            double[] stepped = flow.subgradientStep(lambda, solution.x(), stepScale,
                    incumbent.bestCost - solution.bound(), largestCost);
            if (stepped == null || System.nanoTime() > until) {
                break;
            }
            lambda = stepped;
        }
        return last;
    }

    /**
     * Each hub's capacity split among its stock groups per period, for {@link FlowRelaxation#solve(double[],
     * double[], double[])}: every group keeps its initial stock (so holding it stays possible; a hub's initial stock
     * never exceeds its capacity), and the rest of the capacity goes to the groups in proportion to what they stored
     * beyond that in the relaxation's flows {@code relaxed} (plus one tonne each, so that no group is shut out).
     * Per stock column; the shares of a hub and period sum to at most its capacity.
     */
    static double[] stockShares(TimedModel model, double[] relaxed) {
        int periods = model.periods.size();
        double[] weight = new double[model.columnCount()];
        double[] weightSum = new double[model.hubCount() * periods];
        double[] initialSum = new double[model.hubCount()];
        for (int g = 0; g < model.hubOfGroup.length; g++) {
            initialSum[model.hubOfGroup[g]] += model.initialOfGroup[g];
        }
        for (int j = 0; j < weight.length; j++) {
            if (model.kind[j] == ColumnKind.STOCK) {
                weight[j] = Math.max(0, relaxed[j] - model.initialOfGroup[model.from[j]]) + 1;
                weightSum[model.hubOfGroup[model.from[j]] * periods + model.period[j]] += weight[j];
            }
        }
        double[] share = new double[weight.length];
        for (int j = 0; j < share.length; j++) {
            if (model.kind[j] == ColumnKind.STOCK) {
                int h = model.hubOfGroup[model.from[j]];
                double room = Math.max(0, model.problem.storageHubs().get(h).capacityTonnes() - initialSum[h]);
                share[j] = model.initialOfGroup[model.from[j]]
                        + room * weight[j] / weightSum[h * periods + model.period[j]];
            }
        }
        return share;
    }

    /**
     * Slope scaling on the flow network with each hub's capacity split among its groups ({@link #stockShares}), so
     * that every round's flows keep the shared capacity; the cheapest few rounds' pairs and hubs are then solved
     * exactly.
     */
    private void flowSlopeScaling(TimedModel model, FlowRelaxation flow, double[] shares, Incumbent incumbent,
                                  long deadline) {
        double[] noLambda = new double[model.hubCount() * model.periods.size()];
        long until = System.nanoTime() + (deadline - System.nanoTime()) / 100 * SLOPE_SCALING_SHARE_PERCENT;
        Slopes slopes = new Slopes(model);
        Set<String> seen = new HashSet<>();
        List<double[]> rounds = new ArrayList<>();
        List<Double> roundCosts = new ArrayList<>();
        long longestRound = 0;
        double[] costs = slopes.next(new double[model.columnCount()]);
        for (int round = 0; round < MOST_FLOW_SLOPE_SCALING_ROUNDS && !stopped; round++) {
            if (System.nanoTime() + longestRound > until) {
                break;
            }
            long roundStart = System.nanoTime();
            double[] x = flow.solve(costs, noLambda, shares).x();
            longestRound = Math.max(longestRound, System.nanoTime() - roundStart);
            if (!seen.add(support(model, x))) {
                break;
            }
            rounds.add(x);
            roundCosts.add(model.cost(x));
            costs = slopes.next(x);
        }
        trace(String.format(Locale.ROOT, "slope scaling: %d rounds, the cheapest %.0f", rounds.size(),
                roundCosts.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN)));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(roundCosts::get));
        trace("slope scaling: the cheapest rounds " + order.subList(0, Math.min(5, order.size())));
        for (int i = 0; i < Math.min(SUPPORTS_POLISHED, order.size()) && !stopped; i++) {
            polish(model, incumbent, rounds.get(order.get(i)), "slope-scaling");
        }
        trace(String.format(Locale.ROOT, "slope-scaling supports solved exactly: best %.0f", incumbent.bestCost));
        rounds.add(incumbent.best);
        resolveOverUnion(model, rounds, incumbent);
        polish(model, incumbent, incumbent.best, "polish");
        trace(String.format(Locale.ROOT, "fix and resolve, polish: best %.0f", incumbent.bestCost));
    }

    /**
     * Fix and resolve: the linear relaxation (fixed costs spread) over the pairs and hubs any of the plans used, then
     * its own pairs and hubs solved at their true costs.
     */
    private void resolveOverUnion(TimedModel model, List<double[]> plans, Incumbent incumbent) {
        if (stopped) {
            return;
        }
        boolean[] used = new boolean[model.pairCount()];
        boolean[] opened = new boolean[model.hubCount()];
        for (double[] x : plans) {
            boolean[] pairs = usedPairs(model, x);
            for (int q = 0; q < used.length; q++) {
                used[q] |= pairs[q];
            }
            boolean[] hubs = model.openedHubs(x);
            for (int h = 0; h < opened.length; h++) {
                opened[h] |= hubs[h];
            }
        }
        double[] upper = restrictedUpper(model, used, opened);
        double[] x = solveOver(model, flowCosts(model), model.lp.lower, upper, millisLeft(deadline));
        if (x != null) {
            polish(model, incumbent, x, "fix-and-resolve");
        }
    }

    /** Dynamic slope scaling on the whole linear program. */
    private void lpSlopeScaling(TimedModel model, LpSolver lp, double[] first, Incumbent incumbent, long deadline) {
        long until = System.nanoTime() + (deadline - System.nanoTime()) / 100 * SLOPE_SCALING_SHARE_PERCENT;
        Slopes slopes = new Slopes(model);
        Set<String> seen = new HashSet<>();
        double[] x = first;
        long longestRound = 0;
        for (int round = 0; round < MOST_SLOPE_SCALING_ROUNDS && !stopped; round++) {
            if (!seen.add(support(model, x)) || System.nanoTime() + longestRound > until) {
                break;
            }
            long roundStart = System.nanoTime();
            LpSolver.Solution solution = lp.solve(slopes.next(x), millisLeft(deadline));
            longestRound = Math.max(longestRound, System.nanoTime() - roundStart);
            if (!solution.solved()) {
                break;
            }
            x = solution.x();
            incumbent.offer("slope-scaling", x);
        }
    }

    /**
     * The slopes of dynamic slope scaling: a pair's fixed cost over its tonnes of the round before, a candidate hub's
     * opening cost over its intake (each kept from earlier rounds where the pair or hub carried nothing). The first
     * slopes, after flows of zero, are {@link #flowCosts}'.
     */
    private static final class Slopes {

        private final TimedModel model;
        private final double[] pairSlope;
        private final double[] hubSlope;

        Slopes(TimedModel model) {
            this.model = model;
            pairSlope = new double[model.pairCount()];
            for (int q = 0; q < pairSlope.length; q++) {
                pairSlope[q] = model.pairFixedCost[q] / model.pairCapacity[q];
            }
            hubSlope = hubSpread(model);
        }

        /** Column costs for the next round after flows {@code x}. */
        double[] next(double[] x) {
            double[] pairTonnes = model.pairTonnes(x);
            for (int q = 0; q < pairSlope.length; q++) {
                if (pairTonnes[q] > 0) {
                    pairSlope[q] = model.pairFixedCost[q] / pairTonnes[q];
                }
            }
            double[] intake = new double[model.hubCount()];
            for (int j = 0; j < x.length; j++) {
                if (model.kind[j] == ColumnKind.TO_HUB) {
                    intake[model.hubOf(j)] += x[j];
                }
            }
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
            return costs;
        }
    }

    /**
     * Column costs of the flow relaxation: the linear relaxation's, with each candidate hub's opening cost spread
     * over the most it can take in (a plan that opens it takes in at most that).
     */
    static double[] flowCosts(TimedModel model) {
        double[] costs = model.relaxedCosts();
        double[] hubSpread = hubSpread(model);
        for (int j = 0; j < costs.length; j++) {
            if (model.kind[j] == ColumnKind.TO_HUB) {
                costs[j] += hubSpread[model.hubOf(j)];
            }
        }
        return costs;
    }

    /** Per candidate hub: opening cost over the most it can take in over the horizon (0 for existing hubs). */
    private static double[] hubSpread(TimedModel model) {
        int periods = model.periods.size();
        double[] most = new double[model.hubCount()];
        Set<Long> counted = new HashSet<>();
        for (int j = 0; j < model.columnCount(); j++) {
            if (model.kind[j] == ColumnKind.TO_HUB) {
                int hub = model.hubOf(j);
                long key = ((long) hub * model.release.length + model.from[j]) * periods + model.period[j];
                if (counted.add(key)) {
                    most[hub] += model.release[model.from[j]][model.period[j]];
                }
            }
        }
        double[] spread = new double[model.hubCount()];
        for (int h = 0; h < spread.length; h++) {
            if (model.openColumn[h] >= 0 && most[h] > 0) {
                spread[h] = model.lp.cost[model.openColumn[h]] / most[h];
            }
        }
        return spread;
    }

    /** The cheapest plan without matches or hub intake and deliveries: a min-cost flow within the capacities. */
    double[] baseline(TimedModel model) {
        double[] upper = model.lp.upper.clone();
        for (int j = 0; j < upper.length; j++) {
            if (model.isReuse(j) || model.kind[j] == ColumnKind.OPEN) {
                upper[j] = 0;
            }
        }
        return required(solveOver(model, model.lp.cost, model.lp.lower, upper, UNLIMITED_MILLIS), "baseline");
    }

    /** The greedy plan ({@link TimedGreedy}), its remainders dispatched as cheaply as the capacities allow. */
    double[] greedy(TimedModel model) {
        return fixedTrades(model, TimedGreedy.trades(model));
    }

    /** The given matches, hub intake and deliveries fixed, the remainders dispatched as cheaply as possible. */
    private double[] fixedTrades(TimedModel model, double[] trades) {
        double[] lower = model.lp.lower.clone();
        double[] upper = model.lp.upper.clone();
        for (int j = 0; j < upper.length; j++) {
            if (model.isReuse(j)) {
                lower[j] = trades[j];
                upper[j] = trades[j];
            }
        }
        return required(solveOver(model, model.lp.cost, lower, upper, UNLIMITED_MILLIS), "greedy plan");
    }

    private static double[] required(double[] x, String what) {
        if (x == null) {
            throw new IllegalStateException("the " + what + "'s linear program did not solve");
        }
        return x;
    }

    /** Offers the flows of {@code x}'s pairs and hubs, solved exactly, to the incumbent. */
    private void polish(TimedModel model, Incumbent incumbent, double[] x, String phase) {
        double[] polished = closingSolve(model, usedPairs(model, x), model.openedHubs(x));
        if (polished != null) {
            incumbent.offer(phase, polished);
        }
    }

    /**
     * {@link #restrictedSolve} within the deadline: null where stopped, where no time is left, or where GLOP does not
     * finish in the time left.
     */
    private double[] closingSolve(TimedModel model, boolean[] usedPairs, boolean[] openHubs) {
        long left = millisLeft(deadline);
        if (stopped || left < LEAST_RESOLVE_MILLIS) {
            return null;
        }
        long resolveStart = System.nanoTime();
        double[] x = restrictedSolve(model, usedPairs, openHubs, left);
        longestResolveNanos = Math.max(longestResolveNanos, System.nanoTime() - resolveStart);
        return x;
    }

    private static boolean[] usedPairs(TimedModel model, double[] x) {
        double[] pairTonnes = model.pairTonnes(x);
        boolean[] used = new boolean[pairTonnes.length];
        for (int q = 0; q < used.length; q++) {
            used[q] = pairTonnes[q] > 0;
        }
        return used;
    }

    /** The cheapest flows that use only the given pairs and candidate hubs, or null where the solve fails. */
    double[] restrictedSolve(TimedModel model, boolean[] usedPairs, boolean[] openHubs) {
        return restrictedSolve(model, usedPairs, openHubs, UNLIMITED_MILLIS);
    }

    private double[] restrictedSolve(TimedModel model, boolean[] usedPairs, boolean[] openHubs, long timeLimitMillis) {
        double[] lower = model.lp.lower.clone();
        double[] upper = restrictedUpper(model, usedPairs, openHubs);
        for (int h = 0; h < openHubs.length; h++) {
            int open = model.openColumn[h];
            if (open >= 0) {
                lower[open] = openHubs[h] ? 1 : 0;
            }
        }
        return solveOver(model, model.lp.cost, lower, upper, timeLimitMillis);
    }

    /** Column upper bounds that close every pair not used and every candidate hub not open. */
    private static double[] restrictedUpper(TimedModel model, boolean[] usedPairs, boolean[] openHubs) {
        double[] upper = model.lp.upper.clone();
        for (int j = 0; j < upper.length; j++) {
            if (model.pair[j] >= 0 && !usedPairs[model.pair[j]]) {
                upper[j] = 0;
            }
        }
        for (int h = 0; h < openHubs.length; h++) {
            int open = model.openColumn[h];
            if (open >= 0 && !openHubs[h]) {
                upper[open] = 0;
                closeHub(model, h, upper);
            }
        }
        return upper;
    }

    /** Closes every column touching hub h. */
    private static void closeHub(TimedModel model, int h, double[] upper) {
        for (int j = 0; j < upper.length; j++) {
            if (model.hubOf(j) == h) {
                upper[j] = 0;
            }
        }
    }

    private double[] solveOver(TimedModel model, double[] cost, double[] lower, double[] upper,
                               long timeLimitMillis) {
        return LpSolver.solveOver(model.lp, cost, lower, upper, timeLimitMillis, lp -> lpRunning = lp);
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

    private void trace(String what) {
        if (TRACE) {
            System.err.printf(Locale.ROOT, "%8.2f s  %s%n", (System.nanoTime() - traceStart) / 1e9, what);
        }
    }

    private static long millisLeft(long deadline) {
        return Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
    }

    /** The cheapest plan so far by {@link TimedModel#cost} and the best bound; each improvement is reported. */
    private final class Incumbent {

        private final TimedModel model;
        private final long start;
        private double bound;
        private boolean bounded;
        private double[] best;
        private double bestCost = Double.POSITIVE_INFINITY;
        private String bestPhase;

        Incumbent(TimedModel model, long start) {
            this.model = model;
            this.start = start;
        }

        /** Raises the bound; the first bound also reports the best plan found before it, with its gap. */
        void raiseBound(double candidate) {
            bound = Math.max(bound, candidate);
            if (!bounded) {
                bounded = true;
                if (best != null) {
                    report();
                }
            }
        }

        /** Keeps the plan where it is the cheapest so far; reported once there is a bound to state its gap against. */
        void offer(String phase, double[] x) {
            double cost = model.cost(x);
            if (cost < bestCost) {
                best = x;
                bestCost = cost;
                bestPhase = phase;
                if (bounded) {
                    report();
                }
            }
        }

        private void report() {
            Double gap = PlanBuilder.gapPercent(bestCost, bound);
            listener.onProgress(new Progress((System.nanoTime() - start) / 1e9, bestPhase, bestCost, bound,
                    gap == null ? Double.NaN : gap));
        }
    }
}
