package no.sirkel.optimizer.localsearch;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Network;

/** The long soft score counts öre (hundredths of the objective's cost unit); the hard score counts grams. */
final class ScoreUnits {

    static final double ORE_PER_NOK = 100.0;

    private ScoreUnits() {
    }

    static long fixedOre(Arc arc) {
        return Math.round(arc.fixedCost() * ORE_PER_NOK);
    }

    /**
     * Refuses networks whose savings or fixed costs could overflow a long score in öre (far beyond realistic sizes:
     * about 10^16 NOK).
     */
    static void checkFitsLongScore(Network network) {
        double bound = 0;
        for (int supply = 0; supply < network.supplyCount(); supply++) {
            double maxSaving = 0;
            for (Arc arc : network.arcsOfSupply(supply)) {
                maxSaving = Math.max(maxSaving, Math.abs(arc.savingPerTonne()));
                bound += arc.fixedCost();
            }
            bound += maxSaving * network.supplyTonnes(supply);
        }
        if (!(bound * ORE_PER_NOK < Long.MAX_VALUE / 4.0)) {
            throw new IllegalArgumentException("costs of " + bound + " overflow the solver's long score in öre");
        }
    }
}
