package no.sirkel.optimizer.localsearch;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Network;

/**
 * The optimal cost of a tiny problem with whole-tonne quantities, by enumerating every set of open pairs and solving
 * the min-cost flow on each (integral, so the lots' grams can reach it).
 */
final class ExactFctp {

    static {
        Loader.loadNativeLibraries();
    }

    private ExactFctp() {
    }

    static double optimalCost(Network network) {
        int arcCount = network.arcCount();
        if (arcCount > 16) {
            throw new IllegalArgumentException("too many arcs to enumerate: " + arcCount);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int open = 0; open < 1 << arcCount; open++) {
            double fixed = 0;
            for (int a = 0; a < arcCount; a++) {
                if ((open & 1 << a) != 0) {
                    fixed += network.arc(a).fixedCost();
                }
            }
            best = Math.min(best, network.baselineCost() - maxSaving(network, open) + fixed);
        }
        return best;
    }

    /** Max Σ saving·x over the open arcs, in NOK, with savings rounded to öre. */
    private static double maxSaving(Network network, int open) {
        int supplies = network.supplyCount();
        int demands = network.demandCount();
        int source = supplies + demands;
        int sink = source + 1;
        long total = 0;
        MinCostFlow flow = new MinCostFlow();
        for (int s = 0; s < supplies; s++) {
            long tonnes = Math.round(network.supplyTonnes(s));
            flow.addArcWithCapacityAndUnitCost(source, s, tonnes, 0);
            total += tonnes;
        }
        for (int d = 0; d < demands; d++) {
            flow.addArcWithCapacityAndUnitCost(supplies + d, sink, Math.round(network.demandTonnes(d)), 0);
        }
        flow.addArcWithCapacityAndUnitCost(source, sink, total, 0);
        for (Arc arc : network.arcs()) {
            if ((open & 1 << arc.index()) != 0 && arc.savingPerTonne() > 0) {
                flow.addArcWithCapacityAndUnitCost(arc.supply(), supplies + arc.demand(), total,
                        -Math.round(arc.savingPerTonne() * 100));
            }
        }
        flow.setNodeSupply(source, total);
        flow.setNodeSupply(sink, -total);
        if (flow.solve() != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("min-cost flow failed");
        }
        return -flow.getOptimalCost() / 100.0;
    }
}
