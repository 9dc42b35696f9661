package no.sirkel.optimizer.localsearch;

import java.util.ArrayList;
import java.util.List;

import no.sirkel.optimizer.network.Network;

/** The working plan's lots grouped by supply, with its demand loads and read-only context, for composing moves. */
final class LotIndex {

    private final LotPlan plan;
    private final List<List<Lot>> lotsBySupply;

    LotIndex(LotPlan plan) {
        this.plan = plan;
        lotsBySupply = new ArrayList<>(plan.getNetwork().supplyCount());
        for (int supply = 0; supply < plan.getNetwork().supplyCount(); supply++) {
            lotsBySupply.add(new ArrayList<>());
        }
        for (Lot lot : plan.getLots()) {
            lotsBySupply.get(lot.getSupply()).add(lot);
        }
    }

    Network network() {
        return plan.getNetwork();
    }

    ArcCandidates candidates() {
        return plan.getCandidates();
    }

    List<Lot> lots() {
        return plan.getLots();
    }

    List<Lot> lotsOf(int supply) {
        return lotsBySupply.get(supply);
    }

    DemandLoad load(int demand) {
        return plan.getDemandLoads().get(demand);
    }
}
