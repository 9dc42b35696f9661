package no.sirkel.optimizer.basis;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Network;

/**
 * The edges a search tries to bring into the basis: every fallback edge, and the {@code perNode} most promising arcs
 * of each supply and of each demand, ranked by saving per tonne net of the fixed cost spread over the most the pair
 * could carry (the linear relaxation's view). One pass over them grows with the nodes, not with the arcs; on 50 × 100
 * literature problems with every pair eligible, 10 per node found cheaper plans in the same time than all 5,000 pairs.
 * Shuffled once, so that a first-improvement scan does not favour the first supplies.
 */
final class CandidateEdges {

    private CandidateEdges() {
    }

    static int[] of(FlowGraph graph, int perNode, Random random) {
        Network network = graph.network();
        double[] relaxedCost = new double[graph.arcCount()];
        for (Arc arc : network.arcs()) {
            relaxedCost[arc.index()] = arc.fixedCost()
                    / Math.min(network.supplyTonnes(arc.supply()), network.demandTonnes(arc.demand()))
                    - arc.savingPerTonne();
        }
        boolean[] chosen = new boolean[graph.edgeCount()];
        for (int edge = graph.arcCount(); edge < graph.edgeCount(); edge++) {
            chosen[edge] = true;
        }
        for (int s = 0; s < network.supplyCount(); s++) {
            chooseCheapest(network.arcsOfSupply(s), relaxedCost, perNode, chosen);
        }
        for (int d = 0; d < network.demandCount(); d++) {
            chooseCheapest(network.arcsOfDemand(d), relaxedCost, perNode, chosen);
        }
        int[] edges = new int[graph.edgeCount()];
        int count = 0;
        for (int edge = 0; edge < chosen.length; edge++) {
            if (chosen[edge]) {
                edges[count++] = edge;
            }
        }
        edges = Arrays.copyOf(edges, count);
        for (int i = count - 1; i > 0; i--) {
            int other = random.nextInt(i + 1);
            int swap = edges[i];
            edges[i] = edges[other];
            edges[other] = swap;
        }
        return edges;
    }

    /** Marks the {@code limit} arcs of lowest relaxed cost (more on ties at the limit) that save anything at all. */
    private static void chooseCheapest(List<Arc> arcs, double[] relaxedCost, int limit, boolean[] chosen) {
        double[] costs = new double[arcs.size()];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = relaxedCost[arcs.get(i).index()];
        }
        Arrays.sort(costs);
        double highest = costs.length <= limit ? Double.POSITIVE_INFINITY : costs[limit - 1];
        for (Arc arc : arcs) {
            if (relaxedCost[arc.index()] <= highest && arc.savingPerTonne() > 0) {
                chosen[arc.index()] = true;
            }
        }
    }
}
