package no.sirkel.optimizer.testing;

import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

/** The optimal cost of a tiny network with whole tonnes, by trying every whole-tonne flow (optimal plans are vertices, so whole). */
public final class BruteForce {

    private BruteForce() {
    }

    public static double optimalCost(Network network) {
        return search(network, new Flows(network.arcCount()), 0);
    }

    private static double search(Network network, Flows flows, int arc) {
        if (arc == network.arcCount()) {
            return network.isFeasible(flows) ? network.cost(flows) : Double.POSITIVE_INFINITY;
        }
        double best = Double.POSITIVE_INFINITY;
        int supply = network.arc(arc).supply();
        int demand = network.arc(arc).demand();
        double limit = Math.min(network.supplyTonnes(supply), network.demandTonnes(demand));
        for (int tonnes = 0; tonnes <= limit; tonnes++) {
            flows.set(arc, tonnes);
            if (network.sent(flows, supply) <= network.supplyTonnes(supply)
                    && network.received(flows, demand) <= network.demandTonnes(demand)) {
                best = Math.min(best, search(network, flows, arc + 1));
            }
        }
        flows.set(arc, 0);
        return best;
    }
}
