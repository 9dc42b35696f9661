package no.sirkel.optimizer.localsearch;

import java.util.Comparator;
import java.util.List;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

/** A start for tests: pairs taken best saving per tonne first, each as full as the residuals allow, if that pays. */
final class GreedyStart {

    private GreedyStart() {
    }

    static Flows of(Network network) {
        double[] supplyLeft = new double[network.supplyCount()];
        double[] demandLeft = new double[network.demandCount()];
        for (int s = 0; s < supplyLeft.length; s++) {
            supplyLeft[s] = network.supplyTonnes(s);
        }
        for (int d = 0; d < demandLeft.length; d++) {
            demandLeft[d] = network.demandTonnes(d);
        }
        Flows flows = new Flows(network.arcCount());
        List<Arc> bySaving = network.arcs().stream()
                .sorted(Comparator.comparingDouble(Arc::savingPerTonne).reversed())
                .toList();
        for (Arc arc : bySaving) {
            double tonnes = Math.min(supplyLeft[arc.supply()], demandLeft[arc.demand()]);
            if (tonnes > 0 && arc.savingPerTonne() * tonnes > arc.fixedCost()) {
                flows.set(arc.index(), tonnes);
                supplyLeft[arc.supply()] -= tonnes;
                demandLeft[arc.demand()] -= tonnes;
            }
        }
        return flows;
    }
}
