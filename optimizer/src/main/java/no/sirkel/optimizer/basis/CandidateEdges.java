package no.sirkel.optimizer.basis;

import java.util.List;
import java.util.Random;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Network;
import no.sirkel.optimizer.solver.ArcCandidates;

/**
 * The edges a search tries to bring into the basis: every fallback edge, and every arc where the network is small;
 * on larger networks only the {@code perNode} most promising arcs of each supply and of each demand (see
 * {@link ArcCandidates}), so one pass over the neighbourhood grows with the nodes, not with the arcs. Shuffled once,
 * so that a first-improvement scan does not favour the first supplies.
 */
final class CandidateEdges {

    private CandidateEdges() {
    }

    static int[] of(FlowGraph graph, int perNode, int allArcsUpTo, Random random) {
        Network network = graph.network();
        boolean[] chosen = new boolean[graph.edgeCount()];
        for (int edge = graph.arcCount(); edge < graph.edgeCount(); edge++) {
            chosen[edge] = true;
        }
        if (graph.arcCount() <= allArcsUpTo) {
            for (int arc = 0; arc < graph.arcCount(); arc++) {
                chosen[arc] = true;
            }
        } else {
            for (int s = 0; s < network.supplyCount(); s++) {
                choose(ArcCandidates.best(network, network.arcsOfSupply(s), perNode), chosen);
            }
            for (int d = 0; d < network.demandCount(); d++) {
                choose(ArcCandidates.best(network, network.arcsOfDemand(d), perNode), chosen);
            }
        }
        int count = 0;
        for (boolean isChosen : chosen) {
            count += isChosen ? 1 : 0;
        }
        int[] edges = new int[count];
        int i = 0;
        for (int edge = 0; edge < chosen.length; edge++) {
            if (chosen[edge]) {
                edges[i++] = edge;
            }
        }
        for (int j = edges.length - 1; j > 0; j--) {
            int other = random.nextInt(j + 1);
            int swap = edges[j];
            edges[j] = edges[other];
            edges[other] = swap;
        }
        return edges;
    }

    private static void choose(List<Arc> arcs, boolean[] chosen) {
        for (Arc arc : arcs) {
            chosen[arc.index()] = true;
        }
    }
}
