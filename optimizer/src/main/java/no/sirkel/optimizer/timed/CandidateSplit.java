package no.sirkel.optimizer.timed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import no.sirkel.optimizer.flow.NetworkSimplex;

/**
 * A lower bound exact in the candidate hubs' open/shut decisions. Every plan uses some set S of the split candidates
 * (up to {@value #MOST_SPLIT_CANDIDATES}, the dearest to open), so the least over all sets S of a bound on the plans
 * that use exactly S bounds every plan. The bound of case S is the flow relaxation with S's opening costs paid as a
 * constant (their intake no longer spread) and the other split candidates' columns removed; candidates not split
 * keep their opening cost spread over their intake.
 *
 * <p>The case with every split candidate open is solved first: its optimum without the constant, F, bounds the flows
 * of every case for the same multipliers (each is that network with hubs removed, which can only raise its optimum),
 * so {@code F + Σ_S opening} bounds case S before it is solved; likewise every solved case bounds the cases whose
 * open candidates it contains. Then, until the time is up, the case with the lowest bound is solved again with its
 * own multipliers of the hubs' shared capacity, chosen by its own {@link BoxStep} search from its earlier solves (a
 * case not solved before starts from the best multipliers of the solved case nearest to it; starting from the
 * multipliers that case's search would try next instead bounded the single-open cases 1.2 % lower at 2,000 × 2,000
 * monthly): each solve is a bound on its case for any multipliers ≥ 0, so each case keeps its best. A case whose
 * bound already reaches the best plan's cost is not solved (no better plan lies in it), nor one whose search has
 * converged; a case not solved in time counts with the bound it has. The all-open case is solved once: stepping its
 * multipliers raised its own bound by under 1 % at 2,000 × 2,000 monthly (with every candidate's room the shared
 * capacity binds less), so its solves are better spent on the cases that hold the least bound.
 */
final class CandidateSplit {

    static final int MOST_SPLIT_CANDIDATES = 4;
    private static final boolean TRACE = Boolean.getBoolean("sirkel.timed.trace");
    /** The bound over every case, and how many flow relaxations the split solved. */
    record Result(double bound, int solves) {
    }

    private CandidateSplit() {
    }

    /**
     * @param spreadCosts per-tonne column costs with every candidate's opening cost spread over its intake (the
     *                    flow relaxation's)
     * @param lambda      multipliers of the hubs' shared capacity to start from (any ≥ 0), as for
     *                    {@link FlowRelaxation#solve}
     * @param bestCost    the cost of the best plan so far: cases bounded at or above it are not solved
     * @param until       {@link System#nanoTime()} after which no case solve is begun
     * @return null where the model has no candidate hub
     */
    static Result bound(TimedModel model, FlowRelaxation flow, double[] spreadCosts, double[] lambda, double bestCost,
                        long until, BooleanSupplier stopped) {
        int[] split = splitCandidates(model);
        if (split.length == 0) {
            return null;
        }
        double[] relaxed = model.relaxedCosts();
        double[] costs = spreadCosts.clone();
        boolean[] isSplit = new boolean[model.hubCount()];
        for (int h : split) {
            isSplit[h] = true;
        }
        for (int j = 0; j < costs.length; j++) {
            if (model.kind[j] == ColumnKind.TO_HUB && isSplit[model.hubOf(j)]) {
                costs[j] = relaxed[j];
            }
        }
        int cases = 1 << split.length;
        double[] opening = new double[cases];
        for (int c = 0; c < cases; c++) {
            for (int i = 0; i < split.length; i++) {
                if ((c & 1 << i) != 0) {
                    opening[c] += model.lp.cost[model.openColumn[split[i]]];
                }
            }
        }
        double mostLambda = 0;
        for (double cost : costs) {
            mostLambda = Math.max(mostLambda, cost);
        }
        double[] caseBound = new double[cases];
        Arrays.fill(caseBound, Double.NEGATIVE_INFINITY);
        boolean[] solved = new boolean[cases];
        boolean[] settled = new boolean[cases];
        double[][] nextLambda = new double[cases][];
        BoxStep[] search = new BoxStep[cases];
        int allOpen = cases - 1;
        nextLambda[allOpen] = lambda;
        search[allOpen] = new BoxStep(mostLambda);
        // each case's last optimal tree: its next solve (only λ changed) or a new case near it starts from there
        NetworkSimplex.Basis[] basis = new NetworkSimplex.Basis[cases];
        long longestSolve = 0;
        int solves = 0;
        int next = allOpen;
        while (next >= 0 && !stopped.getAsBoolean() && System.nanoTime() + longestSolve <= until) {
            if (search[next] == null) {
                int nearest = nearestSolved(next, solved);
                search[next] = search[nearest].withSameBox();
                nextLambda[next] = search[nearest].centre();
                flow.restore(basis[nearest]);
            } else {
                flow.restore(basis[next]);
            }
            long solveStart = System.nanoTime();
            FlowRelaxation.Solution solution = flow.solve(costs, nextLambda[next], null, shut(model, split, next));
            longestSolve = Math.max(longestSolve, System.nanoTime() - solveStart);
            basis[next] = flow.basis();
            solves++;
            double bound = solution.bound() + opening[next];
            solved[next] = true;
            for (int c = 0; c < cases; c++) {
                if ((c & ~next) == 0) {
                    caseBound[c] = Math.max(caseBound[c], solution.bound() + opening[c]);
                }
            }
            if (TRACE) {
                System.err.printf(Locale.ROOT, "    case %2d: %.0f in %.2f s, least case %.0f%n", next, bound,
                        (System.nanoTime() - solveStart) / 1e9, Arrays.stream(caseBound).min().orElseThrow());
            }
            nextLambda[next] = search[next].next(nextLambda[next], bound, flow.excess(solution.x()));
            settled[next] = nextLambda[next] == null || next == allOpen;
            next = cheapestOpen(caseBound, settled, bestCost);
        }
        if (!solved[allOpen]) {
            return null;
        }
        return new Result(Arrays.stream(caseBound).min().orElseThrow(), solves);
    }

    /**
     * The solved case whose open candidates differ from {@code openCase}'s in the fewest hubs (its multipliers are the
     * nearest start for that case), the fuller on a tie.
     */
    private static int nearestSolved(int openCase, boolean[] solved) {
        int nearest = -1;
        for (int c = solved.length - 1; c >= 0; c--) {
            if (solved[c] && (nearest < 0
                    || Integer.bitCount(c ^ openCase) < Integer.bitCount(nearest ^ openCase))) {
                nearest = c;
            }
        }
        return nearest;
    }

    /**
     * The case to solve next: the one with the lowest bound, or -1 where that bound reaches the best plan's cost or
     * no multipliers can raise it.
     */
    private static int cheapestOpen(double[] caseBound, boolean[] settled, double bestCost) {
        int cheapest = 0;
        for (int c = 1; c < caseBound.length; c++) {
            if (caseBound[c] < caseBound[cheapest]) {
                cheapest = c;
            }
        }
        return settled[cheapest] || caseBound[cheapest] >= bestCost ? -1 : cheapest;
    }

    /** The split candidates a case leaves out (bit i of the case: candidate {@code split[i]} open), per hub. */
    private static boolean[] shut(TimedModel model, int[] split, int openCase) {
        boolean[] shut = new boolean[model.hubCount()];
        for (int i = 0; i < split.length; i++) {
            shut[split[i]] = (openCase & 1 << i) == 0;
        }
        return shut;
    }

    /** The candidate hubs with the largest opening costs, at most {@value #MOST_SPLIT_CANDIDATES}. */
    private static int[] splitCandidates(TimedModel model) {
        List<Integer> candidates = new ArrayList<>();
        for (int h = 0; h < model.hubCount(); h++) {
            if (model.openColumn[h] >= 0) {
                candidates.add(h);
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer h) -> model.lp.cost[model.openColumn[h]]).reversed());
        return candidates.stream().limit(MOST_SPLIT_CANDIDATES).mapToInt(Integer::intValue).toArray();
    }
}
