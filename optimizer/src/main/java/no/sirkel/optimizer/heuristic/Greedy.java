package no.sirkel.optimizer.heuristic;

import java.util.Arrays;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

/**
 * What a list-and-search marketplace reaches: pairs are taken in order of their saving per tonne, best first (ties by
 * arc order), each as fully as the remaining supply and demand allow. A buyer and a seller close a deal only when it
 * pays off, so a pair whose fixed cost is at least what its tonnes would save is passed over, and no deal is ever
 * revisited.
 */
public final class Greedy {

    private Greedy() {
    }

    public static Flows solve(Network network) {
        double[] supplyLeft = new double[network.supplyCount()];
        double[] demandLeft = new double[network.demandCount()];
        for (int s = 0; s < supplyLeft.length; s++) {
            supplyLeft[s] = network.supplyTonnes(s);
        }
        for (int d = 0; d < demandLeft.length; d++) {
            demandLeft[d] = network.demandTonnes(d);
        }
        Arc[] bestFirst = network.arcs().toArray(new Arc[0]);
        Arrays.sort(bestFirst, (a, b) -> {
            int bySaving = Double.compare(b.savingPerTonne(), a.savingPerTonne());
            return bySaving != 0 ? bySaving : Integer.compare(a.index(), b.index());
        });
        Flows flows = new Flows(network.arcCount());
        for (Arc arc : bestFirst) {
            double tonnes = Math.min(supplyLeft[arc.supply()], demandLeft[arc.demand()]);
            if (tonnes > Network.EPSILON_TONNES && tonnes * arc.savingPerTonne() > arc.fixedCost()) {
                flows.set(arc.index(), tonnes);
                supplyLeft[arc.supply()] -= tonnes;
                demandLeft[arc.demand()] -= tonnes;
            }
        }
        return flows;
    }
}
