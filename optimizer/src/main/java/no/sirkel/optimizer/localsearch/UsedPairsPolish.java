package no.sirkel.optimizer.localsearch;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

/**
 * Re-optimises the tonnes on the pairs a plan already uses: with the set of used pairs fixed, the best tonnes are a
 * min-cost flow (maximum saving), solved exactly to the kilogram. Lots can only reach sums of their fixed sizes;
 * this puts flows where the vertex of the transportation polytope is (for instance a demand filled to the tonne).
 * The result never uses a pair the plan does not, so it costs at most the plan's cost plus rounding to kilograms.
 */
final class UsedPairsPolish {

    private static final double KG_PER_TONNE = 1000;
    private static final double ORE_PER_NOK = ScoreUnits.ORE_PER_NOK;

    static {
        Loader.loadNativeLibraries();
    }

    private final Network network;

    UsedPairsPolish(Network network) {
        this.network = network;
    }

    Flows polish(Flows flows) {
        int supplies = network.supplyCount();
        int demands = network.demandCount();
        int source = supplies + demands;
        int sink = source + 1;
        MinCostFlow flow = new MinCostFlow();
        long totalKg = 0;
        for (int s = 0; s < supplies; s++) {
            long kg = (long) Math.floor(network.supplyTonnes(s) * KG_PER_TONNE);
            flow.addArcWithCapacityAndUnitCost(source, s, kg, 0);
            totalKg += kg;
        }
        for (int d = 0; d < demands; d++) {
            long kg = (long) Math.floor(network.demandTonnes(d) * KG_PER_TONNE);
            flow.addArcWithCapacityAndUnitCost(supplies + d, sink, kg, 0);
        }
        flow.addArcWithCapacityAndUnitCost(source, sink, totalKg, 0);
        List<Arc> used = new ArrayList<>();
        int firstUsed = flow.getNumArcs();
        for (Arc arc : network.arcs()) {
            if (flows.tonnes(arc.index()) > Network.EPSILON_TONNES && arc.savingPerTonne() > 0) {
                flow.addArcWithCapacityAndUnitCost(arc.supply(), supplies + arc.demand(), totalKg,
                        -Math.round(arc.savingPerTonne() * ORE_PER_NOK));
                used.add(arc);
            }
        }
        flow.setNodeSupply(source, totalKg);
        flow.setNodeSupply(sink, -totalKg);
        try {
            if (flow.solve() != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow on the used pairs failed");
            }
            Flows polished = new Flows(network.arcCount());
            for (int i = 0; i < used.size(); i++) {
                polished.set(used.get(i).index(), flow.getFlow(firstUsed + i) / KG_PER_TONNE);
            }
            return polished;
        } finally {
            flow.delete();
        }
    }
}
