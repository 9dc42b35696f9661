package no.sirkel.optimizer.flow;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

/**
 * Solves "minimise Σ_a cost_a · x_a over the flows of a {@link Network}" (0 ≤ Σ_d x ≤ t_s, 0 ≤ Σ_s x ≤ t_d) exactly,
 * with OR-Tools' integer min-cost flow, for per-tonne arc costs the caller chooses: the linear relaxation and every
 * slope-scaling round are such problems.
 *
 * <p>The flow network has one node per supply (supplying its tonnes), one per demand and a sink. Supply s reaches the
 * sink directly (its tonnes not sent: cost 0) or through demand d (cost_a), and demand d passes at most t_d to the
 * sink. Only arcs with negative cost are given to the solver: a tonne on an arc that costs ≥ 0 can always go straight
 * to the sink for no more, so leaving them out never changes the optimum.
 *
 * <p>Integers: tonnes are counted in units of 1 / {@link #unitsPerTonne()} tonne, the smallest power of ten that makes
 * every supply and demand whole where there is one (up to 10⁶); costs per tonne in steps of 10⁻⁸ (NEAREST) or 10⁻¹⁰
 * (LOWER_BOUND) of the largest saving per tonne, coarser only where OR-Tools' overflow checks demand it.
 * {@link Rounding#NEAREST} rounds costs to the nearest unit and capacities down, so the flows are always feasible.
 * {@link Rounding#LOWER_BOUND} rounds costs down and capacities up: the integer problem then relaxes the real one (more
 * room, every cost no higher), so its optimum is a proven lower bound on the real optimum.
 *
 * <p>The graph's layout (tails, heads, capacities) is computed once; OR-Tools' {@code MinCostFlow} offers no way to
 * change an arc's cost, so each solve hands it the arcs afresh from these arrays.
 */
public final class ScaledMinCostFlow {

    /** How to turn real costs and tonnes into the solver's integers. */
    public enum Rounding {
        /** Nearest cost, capacities rounded down: feasible flows for heuristics. */
        NEAREST,
        /** Costs rounded down, capacities up: the optimum is a lower bound on the real one. */
        LOWER_BOUND
    }

    /** The optimum of one solve. */
    public record Solution(Flows flows, double cost) {
    }

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    private static final double MAX_TOTAL_UNITS = 1e15;
    private static final double SAFE_COST_MAGNITUDE = 1e17;
    /**
     * Integer cost steps between 0 and the largest saving per tonne. OR-Tools' cost scaling needs more phases the
     * larger the costs (about one per factor of 5), so heuristic rounds, which solve many times, use a coarser step
     * than the single bound solve; both are far below any cost difference that matters.
     */
    private static final double NEAREST_RESOLUTION = 1e8;
    private static final double LOWER_BOUND_RESOLUTION = 1e10;

    private final Network network;
    private final long unitsPerTonne;
    private final boolean exactTonnes;
    private final double nearestCostScale;
    private final double lowerBoundCostScale;
    private final long[] supplyUnitsDown;
    private final long[] supplyUnitsUp;
    private final long[] demandUnitsDown;
    private final long[] demandUnitsUp;
    private final int sink;

    public ScaledMinCostFlow(Network network) {
        loadNativeLibraries();
        this.network = network;
        this.unitsPerTonne = unitsPerTonne(network);
        this.exactTonnes = isWhole(network, unitsPerTonne);
        int supplies = network.supplyCount();
        int demands = network.demandCount();
        this.supplyUnitsDown = new long[supplies];
        this.supplyUnitsUp = new long[supplies];
        this.demandUnitsDown = new long[demands];
        this.demandUnitsUp = new long[demands];
        double totalUnits = 0;
        for (int s = 0; s < supplies; s++) {
            supplyUnitsDown[s] = units(network.supplyTonnes(s), false);
            supplyUnitsUp[s] = units(network.supplyTonnes(s), true);
            totalUnits += supplyUnitsUp[s];
        }
        for (int d = 0; d < demands; d++) {
            demandUnitsDown[d] = units(network.demandTonnes(d), false);
            demandUnitsUp[d] = units(network.demandTonnes(d), true);
        }
        double maxSaving = 1;
        for (Arc arc : network.arcs()) {
            maxSaving = Math.max(maxSaving, arc.savingPerTonne());
        }
        double nodes = supplies + demands + 2.0;
        double overflowLimit = SAFE_COST_MAGNITUDE / (maxSaving * Math.max(nodes, totalUnits + 1));
        this.nearestCostScale = Math.min(NEAREST_RESOLUTION / maxSaving, overflowLimit);
        this.lowerBoundCostScale = Math.min(LOWER_BOUND_RESOLUTION / maxSaving, overflowLimit);
        this.sink = supplies + demands;
    }

    private static volatile boolean loaded;

    /** Loads OR-Tools' native code once per JVM. */
    public static void loadNativeLibraries() {
        if (!loaded) {
            synchronized (ScaledMinCostFlow.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    public long unitsPerTonne() {
        return unitsPerTonne;
    }

    /** Whether every supply and demand is a whole number of units, so NEAREST loses no capacity. */
    public boolean isExact() {
        return exactTonnes;
    }

    /**
     * The optimum for per-tonne costs {@code costPerTonne[a]} (objective unit per tonne; arcs whose cost rounds to
     * ≥ 0 carry nothing). The solution's cost is Σ_a rounded cost_a × x_a in the objective's unit.
     */
    public Solution solve(double[] costPerTonne, Rounding rounding) {
        boolean lower = rounding == Rounding.LOWER_BOUND;
        double costScale = lower ? lowerBoundCostScale : nearestCostScale;
        int arcCount = network.arcCount();
        int[] arcOfSolverArc = new int[arcCount];
        int used = 0;
        long[] unitCosts = new long[arcCount];
        for (int a = 0; a < arcCount; a++) {
            double scaled = costPerTonne[a] * costScale;
            long unitCost = lower ? (long) Math.floor(scaled) : Math.round(scaled);
            if (unitCost < 0) {
                unitCosts[used] = unitCost;
                arcOfSolverArc[used++] = a;
            }
        }
        int supplies = network.supplyCount();
        int demands = network.demandCount();
        MinCostFlow solver = new MinCostFlow(supplies + demands + 1, used + supplies + demands);
        try {
            long[] supplyUnits = lower ? supplyUnitsUp : supplyUnitsDown;
            long[] demandUnits = lower ? demandUnitsUp : demandUnitsDown;
            for (int i = 0; i < used; i++) {
                Arc arc = network.arc(arcOfSolverArc[i]);
                solver.addArcWithCapacityAndUnitCost(arc.supply(), supplies + arc.demand(),
                        Math.min(supplyUnits[arc.supply()], demandUnits[arc.demand()]), unitCosts[i]);
            }
            long total = 0;
            for (int s = 0; s < supplies; s++) {
                solver.addArcWithCapacityAndUnitCost(s, sink, supplyUnits[s], 0);
                solver.setNodeSupply(s, supplyUnits[s]);
                total += supplyUnits[s];
            }
            for (int d = 0; d < demands; d++) {
                solver.addArcWithCapacityAndUnitCost(supplies + d, sink, demandUnits[d], 0);
            }
            solver.setNodeSupply(sink, -total);
            MinCostFlowBase.Status status = solver.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow ended " + status);
            }
            Flows flows = new Flows(arcCount);
            for (int i = 0; i < used; i++) {
                long units = solver.getFlow(i);
                if (units > 0) {
                    flows.set(arcOfSolverArc[i], (double) units / unitsPerTonne);
                }
            }
            return new Solution(flows, solver.getOptimalCost() / (costScale * unitsPerTonne));
        } finally {
            solver.delete();
        }
    }

    private long units(double tonnes, boolean up) {
        double scaled = tonnes * unitsPerTonne;
        double whole = Math.rint(scaled);
        if (Math.abs(scaled - whole) <= 1e-9 * Math.max(1, scaled)) {
            return (long) whole;
        }
        return (long) (up ? Math.ceil(scaled) : Math.floor(scaled));
    }

    private static long unitsPerTonne(Network network) {
        double totalTonnes = 0;
        for (int s = 0; s < network.supplyCount(); s++) {
            totalTonnes += network.supplyTonnes(s);
        }
        long finest = 1;
        for (long power : POWERS_OF_TEN) {
            if (totalTonnes * power > MAX_TOTAL_UNITS) {
                break;
            }
            finest = power;
            if (isWhole(network, power)) {
                return power;
            }
        }
        return finest;
    }

    private static boolean isWhole(Network network, long unitsPerTonne) {
        for (int s = 0; s < network.supplyCount(); s++) {
            if (!isWhole(network.supplyTonnes(s) * unitsPerTonne)) {
                return false;
            }
        }
        for (int d = 0; d < network.demandCount(); d++) {
            if (!isWhole(network.demandTonnes(d) * unitsPerTonne)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhole(double scaled) {
        return Math.abs(scaled - Math.rint(scaled)) <= 1e-9 * Math.max(1, scaled);
    }
}
