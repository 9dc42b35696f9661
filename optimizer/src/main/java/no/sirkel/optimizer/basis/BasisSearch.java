package no.sirkel.optimizer.basis;

import java.time.Duration;
import java.util.Random;
import java.util.function.Consumer;

import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

/**
 * Iterated local search on the flow basis, in the manner of Buson, Roberti and Toth (2014): plans are basic
 * solutions of the network with its fallbacks ({@link FlowGraph}, {@link Basis}), and a move brings one edge into the
 * basis and pivots along the cycle it closes, priced by its true cost change, fixed costs of every pair that opens or
 * closes included.
 *
 * <p>The start plan is first made basic ({@link StartingBasis}). Local search then takes the first improving pivot
 * over the candidate edges ({@link CandidateEdges}), scanning on round them until a whole round finds none. Each
 * iteration perturbs the current local optimum with {@code strength} random non-degenerate pivots (each the cheapest of
 * {@value #PERTURBATION_SAMPLE} sampled), descends again, and keeps the result while it costs no more than the best
 * plus {@value #ACCEPTANCE_PERCENT_OF_FIXED} % of the best's fixed costs (the part that moves open and close, so the
 * walk ranges wider where fixed costs weigh more), else goes back to the best. The strength cycles from
 * {@value #MIN_STRENGTH} up to about a tenth of the nodes while nothing improves, and drops back on each new best.
 *
 * <p>One instance serves one network; {@link #stop()} is sticky and safe from any thread.
 */
public final class BasisSearch {

    static final int CANDIDATES_PER_NODE = 10;
    static final int PERTURBATION_SAMPLE = 3;
    static final int MIN_STRENGTH = 3;
    static final int MAX_STRENGTH = 30;
    static final double ACCEPTANCE_PERCENT_OF_FIXED = 5;
    private static final int SAMPLING_TRIES = 30;
    private static final int EVALUATIONS_PER_CLOCK_CHECK = 64;

    private final Network network;
    private final FlowGraph graph;
    private final int[] candidates;
    private final Random random;
    private final double tolerance;
    private volatile boolean stopped;
    private int cursor;
    private long evaluations;
    private int iterations;

    public BasisSearch(Network network, long seed) {
        this.network = network;
        this.graph = new FlowGraph(network);
        this.random = new Random(seed);
        this.candidates = CandidateEdges.of(graph, CANDIDATES_PER_NODE, random);
        this.tolerance = 1e-7 + 1e-12 * Math.abs(network.baselineCost());
    }

    /**
     * Searches for flows cheaper than {@code start} by {@link Network#cost} until the limit or {@link #stop()}.
     *
     * @param start     a feasible plan of this network
     * @param onNewBest called with a copy of each new best, each cheaper than the one before and than {@code start}
     * @return the best plan found, or a copy of {@code start} where none was cheaper
     */
    public Flows improve(Flows start, Duration limit, Consumer<Flows> onNewBest) {
        long deadline = deadline(limit);
        Flows bestFlows = start.copy();
        if (stopped || network.arcCount() == 0) {
            return bestFlows;
        }
        double bestCost = network.cost(start) - network.baselineCost();
        Basis basis = new Basis(graph, StartingBasis.of(graph, start));
        int[] best = basis.treeEdges();
        double bestFixedCost = basis.fixedCost();
        int strength = MIN_STRENGTH;
        int maxStrength = Math.max(MIN_STRENGTH, Math.min(MAX_STRENGTH, graph.nodeCount() / 10));
        descend(basis, deadline);
        while (true) {
            if (basis.cost() < bestCost - tolerance) {
                best = basis.treeEdges();
                bestCost = basis.cost();
                bestFixedCost = basis.fixedCost();
                bestFlows = basis.flows();
                onNewBest.accept(bestFlows.copy());
                strength = MIN_STRENGTH;
            } else {
                strength = strength >= maxStrength ? MIN_STRENGTH : strength + 1;
            }
            if (basis.cost() > bestCost + ACCEPTANCE_PERCENT_OF_FIXED / 100 * bestFixedCost) {
                basis.reset(best);
            }
            if (stopped || System.nanoTime() >= deadline) {
                return bestFlows;
            }
            perturb(basis, strength);
            descend(basis, deadline);
            iterations++;
        }
    }

    /** Thread-safe: a running {@link #improve} returns its best within a few pivots, and later ones at once. */
    public void stop() {
        stopped = true;
    }

    /** Perturb-and-descend iterations done so far. */
    public int iterationCount() {
        return iterations;
    }

    /** First improvement, scanning on round the candidates from where the last scan stopped. */
    private void descend(Basis basis, long deadline) {
        for (int unimproved = 0; unimproved < candidates.length; ) {
            if (++evaluations % EVALUATIONS_PER_CLOCK_CHECK == 0 && (stopped || System.nanoTime() >= deadline)) {
                return;
            }
            int edge = candidates[cursor];
            cursor = cursor + 1 == candidates.length ? 0 : cursor + 1;
            if (!basis.isBasic(edge)) {
                Pivot pivot = basis.evaluate(edge);
                if (pivot.costChange() < -tolerance) {
                    basis.apply(pivot);
                    unimproved = 0;
                    continue;
                }
            }
            unimproved++;
        }
    }

    private void perturb(Basis basis, int strength) {
        for (int step = 0; step < strength; step++) {
            Pivot chosen = null;
            int sampled = 0;
            for (int tries = 0; tries < SAMPLING_TRIES && sampled < PERTURBATION_SAMPLE; tries++) {
                int edge = candidates[random.nextInt(candidates.length)];
                if (basis.isBasic(edge)) {
                    continue;
                }
                Pivot pivot = basis.evaluate(edge);
                if (pivot.theta() > Network.EPSILON_TONNES) {
                    sampled++;
                    if (chosen == null || pivot.costChange() < chosen.costChange()) {
                        chosen = pivot;
                    }
                }
            }
            if (chosen != null) {
                basis.apply(chosen);
            }
        }
    }

    private static long deadline(Duration limit) {
        long now = System.nanoTime();
        long nanos = limit.toNanos();
        return nanos > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
    }
}
