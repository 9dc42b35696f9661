package no.sirkel.optimizer.localsearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Network;

/**
 * For each supply, its most promising arcs: the short list moves try, so that a move's cost does not grow with the
 * number of demands a supply could reach. Arcs rank by saving per tonne net of the fixed cost spread over the most
 * the pair could carry (the linear relaxation's view); arcs that save nothing per tonne never help and are left out.
 */
public final class ArcCandidates {

    private final List<List<Arc>> bestArcsBySupply;

    public ArcCandidates(Network network, int perSupply) {
        bestArcsBySupply = new ArrayList<>(network.supplyCount());
        Comparator<Arc> byRelaxedSavingDescending = Comparator.comparingDouble(
                (Arc arc) -> arc.savingPerTonne() - arc.fixedCost() / Math.min(network.supplyTonnes(arc.supply()),
                        network.demandTonnes(arc.demand()))).reversed();
        for (int supply = 0; supply < network.supplyCount(); supply++) {
            bestArcsBySupply.add(network.arcsOfSupply(supply).stream()
                    .filter(arc -> arc.savingPerTonne() > 0)
                    .sorted(byRelaxedSavingDescending)
                    .limit(perSupply)
                    .toList());
        }
    }

    public List<Arc> bestArcsOf(int supply) {
        return bestArcsBySupply.get(supply);
    }
}
