package no.sirkel.optimizer.heuristic;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import no.sirkel.optimizer.flow.ScaledMinCostFlow;
import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

/**
 * Dynamic slope scaling (Kim and Pardalos 1999).
 *
 * <p>A run solves the min-cost flow with per-tonne cost {@code c_a + f_a / x_a} (here: {@code f_a / x_a − saving_a},
 * the same up to a constant per tonne), where x_a is the arc's flow in the previous round; it starts from
 * x_a = min(t_s, t_d) (the linear relaxation) and keeps an arc's slope where the previous round left it empty. It ends
 * when the flows stop changing or start to cycle (they repeat one of the last {@value #CYCLE_MEMORY} rounds, compared by
 * hash to keep memory small: a rare false match only ends the run a round early), when
 * {@value #STALL_ROUNDS} rounds in a row bring no better plan, or after {@value #MAX_ROUNDS_PER_RUN} rounds. A round
 * is only begun where the longest one so far would still end within the limit. Every
 * round's flows are a feasible plan, and the best by exact cost is kept.
 *
 * <p>All rounds share one {@link ScaledMinCostFlow}, whose graph layout is computed once.
 */
public final class SlopeScaling {

    public static final int MAX_ROUNDS_PER_RUN = 100;
    public static final int CYCLE_MEMORY = 5;
    public static final int STALL_ROUNDS = 10;

    private final Network network;
    private final ScaledMinCostFlow flowSolver;
    private volatile boolean stopped;
    private Flows best;
    private double bestCost;
    private int rounds;
    private long longestRoundNanos;

    public SlopeScaling(Network network) {
        this(network, new ScaledMinCostFlow(network));
    }

    public SlopeScaling(Network network, ScaledMinCostFlow flowSolver) {
        this.network = network;
        this.flowSolver = flowSolver;
        this.best = new Flows(network.arcCount());
        this.bestCost = network.cost(best);
    }

    /** Plain slope scaling: one run from the linear relaxation until the flows stop changing. */
    public Flows plain() {
        return plain(Duration.ofNanos(Long.MAX_VALUE), flows -> { });
    }

    /**
     * Plain slope scaling, ending early at the limit or on {@link #stop()} (a round under way finishes first).
     *
     * @param onNewBest called with a copy of each new best plan
     * @return the best plan so far, never worse than sending nothing
     */
    public Flows plain(Duration limit, Consumer<Flows> onNewBest) {
        run(initialSlopes(), null, deadline(limit), onNewBest);
        return best.copy();
    }

    /**
     * {@link #plain(Duration, Consumer)} with its first round given: the linear relaxation's optimal flows, which solve
     * the very min-cost flow the first round would (they must be feasible), so the run saves that solve; how long the
     * relaxation took stands for how long a round takes until one has been timed.
     */
    public Flows plain(Flows relaxationFlows, Duration relaxationTook, Duration limit, Consumer<Flows> onNewBest) {
        longestRoundNanos = Math.max(longestRoundNanos, relaxationTook.toNanos());
        run(initialSlopes(), relaxationFlows, deadline(limit), onNewBest);
        return best.copy();
    }

    private static long deadline(Duration limit) {
        long now = System.nanoTime();
        long nanos = limit.toNanos();
        return nanos > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
    }

    /** Ends a run under way after its current round, and every later one at once; safe from any thread. */
    public void stop() {
        stopped = true;
    }

    /** Min-cost flows solved so far. */
    public int roundCount() {
        return rounds;
    }

    public double bestCost() {
        return bestCost;
    }

    /** Spread fixed cost f_a / min(t_s, t_d) per arc: the linear relaxation's slopes. */
    private double[] initialSlopes() {
        double[] slopes = new double[network.arcCount()];
        for (Arc arc : network.arcs()) {
            slopes[arc.index()] = arc.fixedCost()
                    / Math.min(network.supplyTonnes(arc.supply()), network.demandTonnes(arc.demand()));
        }
        return slopes;
    }

    /** The min-cost flow for the slopes, or null where the longest round so far would not end before the deadline. */
    private Flows solveRound(double[] slopes, double[] costPerTonne, long deadline) {
        long roundStart = System.nanoTime();
        if (roundStart + longestRoundNanos > deadline) {
            return null;
        }
        for (Arc arc : network.arcs()) {
            costPerTonne[arc.index()] = slopes[arc.index()] - arc.savingPerTonne();
        }
        Flows flows = flowSolver.solve(costPerTonne, ScaledMinCostFlow.Rounding.NEAREST).flows();
        rounds++;
        longestRoundNanos = Math.max(longestRoundNanos, System.nanoTime() - roundStart);
        return flows;
    }

    /**
     * One slope-scaling run; {@code slopes} (spread fixed cost per tonne and arc) is updated in place.
     *
     * @param firstRound the first round's flows where already known, else null
     */
    private void run(double[] slopes, Flows firstRound, long deadline, Consumer<Flows> onNewBest) {
        double[] costPerTonne = new double[network.arcCount()];
        Deque<Integer> recent = new ArrayDeque<>();
        double runBest = Double.POSITIVE_INFINITY;
        int roundsWithoutImprovement = 0;
        for (int round = 0; round < MAX_ROUNDS_PER_RUN && !stopped; round++) {
            Flows flows = round == 0 && firstRound != null
                    ? firstRound.copy() : solveRound(slopes, costPerTonne, deadline);
            if (flows == null) {
                return;
            }
            double cost = network.cost(flows);
            if (cost < bestCost) {
                best = flows.copy();
                bestCost = cost;
                onNewBest.accept(flows.copy());
            }
            roundsWithoutImprovement = cost < runBest ? 0 : roundsWithoutImprovement + 1;
            runBest = Math.min(runBest, cost);
            int fingerprint = flows.hashCode();
            if (recent.contains(fingerprint) || roundsWithoutImprovement >= STALL_ROUNDS
                    || System.nanoTime() >= deadline) {
                return;
            }
            recent.addLast(fingerprint);
            if (recent.size() > CYCLE_MEMORY) {
                recent.removeFirst();
            }
            for (Arc arc : network.arcs()) {
                double tonnes = flows.tonnes(arc.index());
                if (tonnes > Network.EPSILON_TONNES) {
                    slopes[arc.index()] = arc.fixedCost() / tonnes;
                }
            }
        }
    }
}
