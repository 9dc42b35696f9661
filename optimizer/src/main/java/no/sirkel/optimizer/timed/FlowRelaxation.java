package no.sirkel.optimizer.timed;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import no.sirkel.optimizer.flow.NetworkSimplex;
import no.sirkel.optimizer.flow.ScaledMinCostFlow;

/**
 * The {@link TimedModel} without its side constraints, as a min-cost flow solved exactly in whole numbers by the
 * {@link NetworkSimplex} (or, for comparisons, OR-Tools' integer {@code MinCostFlow}): every column but the candidate
 * hubs' open columns is an arc between the nodes its rows balance (supply and demand per period, hub stock group per
 * period, disposal and virgin pools, landfills and quarries, a source for unmet need and quarries, a sink for unplaced
 * tonnes, landfills and the stock left after the last period). What a network cannot carry is relaxed, which can only lower the optimum:
 *
 * <ul>
 *   <li>a hub's capacity shared by its groups: each group's stock arc keeps the whole capacity, and the shared row
 *       is priced in by Lagrange multipliers λ(h, p) ≥ 0 on the stock arcs, {@code −Σ λ × capacity} added back;</li>
 *   <li>a candidate hub's open column: its opening cost is spread over the most it can take in, per tonne of intake
 *       (any plan that opens it takes in at most that much);</li>
 *   <li>integers: tonnes are counted in units of 1 / {@link #unitsPerTonne} t, every capacity, release, need and
 *       initial stock rounded up with a free arc of one unit to the sink (or from the source, for a need) that takes
 *       the rounding, and every cost per unit rounded down.</li>
 * </ul>
 *
 * So for any λ ≥ 0 the optimum minus {@code Σ λ × capacity} is a proven lower bound on every plan, for the column
 * costs given (which must not exceed the true per-tonne costs plus spread fixed costs). The flows are used for their
 * support: which pairs and hubs carry tonnes.
 *
 * <p>Solves follow one another with new costs (multipliers, a case's opening costs, slope-scaling slopes) on the same
 * arcs and capacities, so the network simplex goes on from the last solve's optimal tree instead of starting afresh.
 */
final class FlowRelaxation {

    private static final double SAFE_COST_MAGNITUDE = 1e17;
    private static final long MOST_UNITS_PER_TONNE = 10;
    private static final double MOST_TOTAL_UNITS = 1e12;
    /**
     * Costs per tonne are counted in steps of 1 / this NOK (coarser only where overflow demands it), each rounded
     * down: fine enough for the bound (at 2,000 × 2,000 monthly 0.1 NOK/t lowered it by 0.03 %, 0.56 million NOK),
     * coarse enough for OR-Tools' cost scaling, whose work grows with the cost range (there 0.1 NOK/t took 5.0 s of
     * processor time per solve against 7.4 s at 0.01 NOK/t; the network simplex's pivots do not depend on it).
     */
    private static final double COST_STEPS_PER_NOK = 100;
    /** A shut hub's arcs cost this many times the largest other cost per unit (see {@link #solveBySimplex}). */
    private static final long SHUT_COST_FACTOR = 8;

    private final TimedModel model;
    private final long unitsPerTonne;
    private final double costScale;
    private final int nodeCount;
    private final int source;
    private final int sink;
    /** Arcs: the model's columns (tail, head, capacity) where {@code columnOfArc ≥ 0}, then fixed extra arcs. */
    private final int[] tail;
    private final int[] head;
    private final long[] capacity;
    private final int[] columnOfArc;
    private final long[] nodeSupply;
    private final int[] capacityRowOfStockArc;
    private final int arcCount;
    private final Engine engine;
    /** The network simplex of the relaxation (whole capacities), kept for warm starts; made at its first solve. */
    private NetworkSimplex relaxation;
    /** The network simplex of the last stock shares solved with, and those shares. */
    private NetworkSimplex restriction;
    private double[] restrictionShares;
    private int solves;
    private long solveNanos;

    /** The min-cost flow solver: the network simplex of this package (warm starts) or OR-Tools' cost scaling. */
    enum Engine {
        NETWORK_SIMPLEX,
        COST_SCALING
    }

    /** The optimum: tonnes per model column, and the bound it proves for the costs and λ given. */
    record Solution(double[] x, double bound) {
    }

    FlowRelaxation(TimedModel model) {
        this(model, Engine.NETWORK_SIMPLEX);
    }

    FlowRelaxation(TimedModel model, Engine engine) {
        ScaledMinCostFlow.loadNativeLibraries();
        this.model = model;
        this.engine = engine;
        int periods = model.periods.size();
        int supplies = model.release.length;
        int demands = model.need.length;
        int groups = model.hubOfGroup.length;
        int pools = model.poolSupply.length;
        int landfills = model.problem.disposalSites().size();
        int quarries = model.problem.virginSources().size();
        int supplyBase = 0;
        int demandBase = supplyBase + supplies * periods;
        int groupBase = demandBase + demands * periods;
        int poolBase = groupBase + groups * periods;
        int virginBase = poolBase + pools;
        int landfillBase = virginBase + demands;
        int quarryBase = landfillBase + landfills;
        source = quarryBase + quarries;
        sink = source + 1;
        nodeCount = sink + 1;

        double totalTonnes = 0;
        for (double[] r : model.release) {
            for (double t : r) {
                totalTonnes += t;
            }
        }
        for (double[] n : model.need) {
            for (double t : n) {
                totalTonnes += t;
            }
        }
        for (double t : model.initialOfGroup) {
            totalTonnes += t;
        }
        long units = 1;
        while (units < MOST_UNITS_PER_TONNE && totalTonnes * units * 10 <= MOST_TOTAL_UNITS) {
            units *= 10;
        }
        unitsPerTonne = units;

        int columns = model.columnCount();
        int extra = 2 * supplies * periods + 2 * demands * periods + groups + landfills + quarries + 1;
        tail = new int[columns + extra];
        head = new int[columns + extra];
        capacity = new long[columns + extra];
        columnOfArc = new int[columns + extra];
        capacityRowOfStockArc = new int[columns + extra];
        nodeSupply = new long[nodeCount];
        int a = 0;
        double largestCost = 1;
        for (int j = 0; j < columns; j++) {
            int p = model.period[j];
            int from = model.from[j];
            int to = model.to[j];
            int t;
            int h;
            switch (model.kind[j]) {
                case MATCH -> { t = supplyBase + from * periods + p; h = demandBase + to * periods + p; }
                case TO_HUB -> { t = supplyBase + from * periods + p; h = groupBase + to * periods + p; }
                case FROM_HUB -> { t = groupBase + from * periods + p; h = demandBase + to * periods + p; }
                case INTO_DISPOSAL_POOL -> {
                    t = model.poolSupply[to] >= 0 ? supplyBase + from * periods + p : groupBase + from * periods + p;
                    h = poolBase + to;
                }
                case DISPOSAL -> { t = poolBase + from; h = landfillBase + to; }
                case FROM_VIRGIN_POOL -> { t = virginBase + to; h = demandBase + to * periods + p; }
                case VIRGIN -> { t = quarryBase + from; h = virginBase + to; }
                case UNPLACED -> { t = supplyBase + from * periods + p; h = sink; }
                case UNMET -> { t = source; h = demandBase + to * periods + p; }
                case STOCK -> {
                    t = groupBase + from * periods + p;
                    h = p < periods - 1 ? t + 1 : sink;
                }
                default -> { continue; }
            }
            tail[a] = t;
            head[a] = h;
            capacity[a] = unitsUp(model.lp.upper[j]);
            columnOfArc[a] = j;
            capacityRowOfStockArc[a] = model.kind[j] == ColumnKind.STOCK ? model.hubOfGroup[from] * periods + p : -1;
            largestCost = Math.max(largestCost, Math.abs(model.lp.cost[j]));
            a++;
        }
        long needUnits = 0;
        for (int s = 0; s < supplies; s++) {
            for (int p = 0; p < periods; p++) {
                if (model.release[s][p] > 0) {
                    nodeSupply[supplyBase + s * periods + p] = unitsUp(model.release[s][p]);
                    a = extraArc(a, supplyBase + s * periods + p, sink, 1);
                }
            }
        }
        for (int d = 0; d < demands; d++) {
            for (int p = 0; p < periods; p++) {
                if (model.need[d][p] > 0) {
                    long need = unitsUp(model.need[d][p]);
                    nodeSupply[demandBase + d * periods + p] = -need;
                    needUnits += need;
                    a = extraArc(a, source, demandBase + d * periods + p, 1);
                }
            }
        }
        for (int g = 0; g < groups; g++) {
            if (model.initialOfGroup[g] > 0) {
                nodeSupply[groupBase + g * periods] = unitsUp(model.initialOfGroup[g]);
                a = extraArc(a, groupBase + g * periods, sink, 1);
            }
        }
        for (int l = 0; l < landfills; l++) {
            Double most = model.problem.disposalSites().get(l).capacityTonnes();
            a = extraArc(a, landfillBase + l, sink, most == null ? Long.MAX_VALUE / 4 : unitsUp(most));
        }
        for (int q = 0; q < quarries; q++) {
            Double most = model.problem.virginSources().get(q).capacityTonnes();
            a = extraArc(a, source, quarryBase + q, most == null ? needUnits : unitsUp(most));
        }
        a = extraArc(a, source, sink, needUnits + demands * (long) periods);
        arcCount = a;
        nodeSupply[source] = needUnits + demands * (long) periods;
        long total = 0;
        for (int node = 0; node < sink; node++) {
            total += nodeSupply[node];
        }
        nodeSupply[sink] = -total;
        double totalUnits = (double) needUnits + totalTonnes * unitsPerTonne;
        costScale = Math.min(COST_STEPS_PER_NOK * unitsPerTonne, SAFE_COST_MAGNITUDE / (2 * largestCost * Math.max(nodeCount, totalUnits + 1)));
    }

    private int extraArc(int a, int from, int to, long units) {
        tail[a] = from;
        head[a] = to;
        capacity[a] = units;
        columnOfArc[a] = -1;
        capacityRowOfStockArc[a] = -1;
        return a + 1;
    }

    private long unitsUp(double tonnes) {
        return (long) Math.ceil(tonnes * unitsPerTonne - 1e-9);
    }

    /**
     * Per hub capacity row (index {@code hub × periods + period}): the stock the flows {@code x} hold at the end of
     * the period beyond the hub's capacity, in tonnes (negative where below): the supergradient, at the multipliers
     * {@code x} solved for, of the bound as a (concave) function of the multipliers.
     */
    double[] excess(double[] x) {
        int periods = model.periods.size();
        double[] excess = new double[model.hubCount() * periods];
        for (int j = 0; j < model.columnCount(); j++) {
            if (model.kind[j] == ColumnKind.STOCK) {
                excess[model.hubOfGroup[model.from[j]] * periods + model.period[j]] += x[j];
            }
        }
        for (int h = 0; h < model.hubCount(); h++) {
            double hubCapacity = model.problem.storageHubs().get(h).capacityTonnes();
            for (int p = 0; p < periods; p++) {
                excess[h * periods + p] -= hubCapacity;
            }
        }
        return excess;
    }

    /**
     * A subgradient step on the multipliers λ of the hubs' shared capacity (Polyak's step): each λ(h, p) moved by
     * {@code stepScale × gapToTarget / ‖g‖²} times g(h, p), the stock flows {@code x} put into hub h at the end of
     * period p beyond its capacity (negative where below), then kept within {@code [0, mostLambda]}. Null where the
     * flows keep every capacity that has λ = 0 and fill every one that has λ > 0: no step can then raise the bound.
     */
    double[] subgradientStep(double[] lambda, double[] x, double stepScale, double gapToTarget, double mostLambda) {
        double[] excess = excess(x);
        double norm = 0;
        for (int i = 0; i < excess.length; i++) {
            if (excess[i] > 0 || lambda[i] > 0) {
                norm += excess[i] * excess[i];
            }
        }
        if (norm <= 1e-9) {
            return null;
        }
        double move = stepScale * gapToTarget / norm;
        double[] stepped = new double[lambda.length];
        for (int i = 0; i < lambda.length; i++) {
            stepped[i] = Math.min(mostLambda, Math.max(0, lambda[i] + move * excess[i]));
        }
        return stepped;
    }

    /**
     * Solves with per-tonne costs per model column (at most the true ones plus spread fixed costs, for a valid bound)
     * and multipliers λ per hub capacity row (index {@code hub × periods + period}, ≥ 0).
     */
    Solution solve(double[] costPerTonne, double[] lambda) {
        return solve(costPerTonne, lambda, null);
    }

    /**
     * Solves with each hub stock group's stock arcs limited to {@code stockShare} tonnes per column instead (where
     * not null): shares that sum to at most the hub's capacity per period make the network a restriction of the
     * model rather than a relaxation (the shared capacity then holds), so the flows are a plan's, not a bound.
     * The bound returned is then not proven and must not be used.
     */
    Solution solve(double[] costPerTonne, double[] lambda, double[] stockShare) {
        return solve(costPerTonne, lambda, stockShare, null);
    }

    /**
     * Solves as {@link #solve(double[], double[], double[])} with every column of the hubs marked in {@code shutHubs}
     * (where not null) removed, or priced out of use (see {@link #solveBySimplex}): a bound on the plans that leave
     * those hubs unused.
     */
    Solution solve(double[] costPerTonne, double[] lambda, double[] stockShare, boolean[] shutHubs) {
        long started = System.nanoTime();
        long[] unitCost = new long[arcCount];
        long[] most = stockShare == null ? capacity : sharedCapacity(stockShare);
        boolean[] shut = new boolean[arcCount];
        long largest = 0;
        for (int a = 0; a < arcCount; a++) {
            int j = columnOfArc[a];
            if (j >= 0) {
                double cost = costPerTonne[j];
                if (capacityRowOfStockArc[a] >= 0) {
                    cost += lambda[capacityRowOfStockArc[a]];
                }
                unitCost[a] = (long) Math.floor(cost * costScale / unitsPerTonne);
                int hub = model.hubOf(j);
                shut[a] = shutHubs != null && hub >= 0 && shutHubs[hub];
                if (!shut[a]) {
                    largest = Math.max(largest, Math.abs(unitCost[a]));
                }
            }
        }
        Solution solution = engine == Engine.COST_SCALING
                ? solveByCostScaling(unitCost, most, shut, lambda) : solveBySimplex(unitCost, most, shut, largest,
                stockShare, lambda);
        solves++;
        solveNanos += System.nanoTime() - started;
        return solution;
    }

    /**
     * The network simplex, from the tree of the last solve on the same capacities: between the solves of a case
     * only costs change, so the last optimal flows are still feasible and the pivots go on from them. A shut hub's
     * arcs keep their capacity and get a cost dearer than any path around them ({@value #SHUT_COST_FACTOR} times the
     * largest other cost), which keeps one network for every case. That stays a bound of the case either way: a plan
     * that leaves the hub unused carries nothing on those arcs, so their costs do not enter its value.
     */
    private Solution solveBySimplex(long[] unitCost, long[] most, boolean[] shut, long largest, double[] stockShare,
                                    double[] lambda) {
        NetworkSimplex simplex;
        if (stockShare == null) {
            if (relaxation == null) {
                relaxation = newSimplex(most);
            }
            simplex = relaxation;
        } else {
            if (restriction == null || restrictionShares != stockShare) {
                restriction = newSimplex(most);
                restrictionShares = stockShare;
            }
            simplex = restriction;
        }
        long shutCost = Math.multiplyExact(largest + 1, SHUT_COST_FACTOR);
        for (int a = 0; a < arcCount; a++) {
            if (shut[a]) {
                unitCost[a] = shutCost;
            }
        }
        NetworkSimplex.Status status = simplex.solve(unitCost);
        if (status != NetworkSimplex.Status.OPTIMAL) {
            throw new IllegalStateException("the flow relaxation ended " + status);
        }
        return solution(columnTonnes(simplex::flow), simplex.totalCost(), lambda);
    }

    /** The tonnes on each model column, from the units on each arc. */
    private double[] columnTonnes(IntToLongFunction unitsOnArc) {
        double[] x = new double[model.columnCount()];
        for (int a = 0; a < arcCount; a++) {
            if (columnOfArc[a] >= 0) {
                x[columnOfArc[a]] = (double) unitsOnArc.applyAsLong(a) / unitsPerTonne;
            }
        }
        return x;
    }

    private NetworkSimplex newSimplex(long[] most) {
        return new NetworkSimplex(nodeCount, Arrays.copyOf(tail, arcCount), Arrays.copyOf(head, arcCount),
                Arrays.copyOf(most, arcCount), nodeSupply);
    }

    /** OR-Tools' cost scaling, from nothing each time (it cannot start from a solution); shut hubs' arcs closed. */
    private Solution solveByCostScaling(long[] unitCost, long[] most, boolean[] shut, double[] lambda) {
        MinCostFlow solver = new MinCostFlow(nodeCount, arcCount);
        try {
            for (int a = 0; a < arcCount; a++) {
                solver.addArcWithCapacityAndUnitCost(tail[a], head[a], shut[a] ? 0 : most[a], unitCost[a]);
            }
            for (int node = 0; node < nodeCount; node++) {
                solver.setNodeSupply(node, nodeSupply[node]);
            }
            MinCostFlowBase.Status status = solver.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("the flow relaxation ended " + status);
            }
            return solution(columnTonnes(solver::getFlow), solver.getOptimalCost(), lambda);
        } finally {
            solver.delete();
        }
    }

    /** The bound of an optimum of {@code optimalCost} (in the solver's cost units) at multipliers λ. */
    private Solution solution(double[] x, long optimalCost, double[] lambda) {
        int periods = model.periods.size();
        double relaxed = optimalCost / costScale;
        double priced = 0;
        for (int h = 0; h < model.hubCount(); h++) {
            double hubCapacity = model.problem.storageHubs().get(h).capacityTonnes();
            for (int p = 0; p < periods; p++) {
                priced += lambda[h * periods + p] * hubCapacity;
            }
        }
        double margin = 1e-12 * (Math.abs(relaxed) + Math.abs(priced)) + 1e-6;
        return new Solution(x, relaxed - priced - margin);
    }

    /** Arc capacities with each stock arc limited to its share ({@link #solve(double[], double[], double[])}). */
    private long[] sharedCapacity(double[] stockShare) {
        long[] most = capacity.clone();
        for (int a = 0; a < arcCount; a++) {
            int j = columnOfArc[a];
            if (j >= 0 && capacityRowOfStockArc[a] >= 0) {
                most[a] = Math.min(most[a], (long) Math.floor(stockShare[j] * unitsPerTonne));
            }
        }
        return most;
    }

    /**
     * The tree and flows the next solve of the relaxation (no stock shares) would start from, to start a related
     * case from later ({@link #restore}); null before the first such solve or with OR-Tools.
     */
    NetworkSimplex.Basis basis() {
        return relaxation == null ? null : relaxation.basis();
    }

    /** Makes the next solve of the relaxation start from a basis {@link #basis()} gave (null: ignored). */
    void restore(NetworkSimplex.Basis basis) {
        if (relaxation != null && basis != null) {
            relaxation.restore(basis);
        }
    }

    /** Arcs priced by the network simplex so far (for measurements). */
    long scannedArcs() {
        return (relaxation == null ? 0 : relaxation.scannedArcs()) + (restriction == null ? 0 : restriction.scannedArcs());
    }

    /** Network simplex pivots so far (for measurements). */
    long pivots() {
        return (relaxation == null ? 0 : relaxation.pivots()) + (restriction == null ? 0 : restriction.pivots());
    }

    /** Solves so far, and their time in nanoseconds (for measurements). */
    int solves() {
        return solves;
    }

    long solveNanos() {
        return solveNanos;
    }
}
