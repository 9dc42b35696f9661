package no.sirkel.optimizer.localsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

import org.junit.jupiter.api.Test;

class LotPlansTest {

    private final Network network = RandomFctp.generate(7, 12, 20, 1.0);

    @Test
    void representsTheStartFlowsExactly() {
        Flows start = GreedyStart.of(network);
        LotPlan plan = LotPlans.cut(network, new ArcCandidates(network, 8), start);
        assertThat(LotPlans.toFlows(network, plan)).isEqualTo(start);
    }

    @Test
    void cutsEachSupplyIntoBoundedLotsThatAddUpToItsTonnes() {
        LotPlan plan = LotPlans.cut(network, new ArcCandidates(network, 8), GreedyStart.of(network));
        Map<Integer, Long> gramsBySupply = new HashMap<>();
        Map<Integer, Integer> lotsBySupply = new HashMap<>();
        for (Lot lot : plan.getLots()) {
            gramsBySupply.merge(lot.getSupply(), lot.getGrams(), Long::sum);
            lotsBySupply.merge(lot.getSupply(), 1, Integer::sum);
        }
        for (int supply = 0; supply < network.supplyCount(); supply++) {
            assertThat(gramsBySupply.get(supply)).isEqualTo(LotPlans.grams(network.supplyTonnes(supply)));
            assertThat(lotsBySupply.get(supply)).isLessThanOrEqualTo(LotPlans.MAX_LOTS_PER_SUPPLY);
        }
    }

    @Test
    void startsDemandLoadsAtTheStartFlows() {
        Flows start = GreedyStart.of(network);
        LotPlan plan = LotPlans.cut(network, new ArcCandidates(network, 8), start);
        for (DemandLoad load : plan.getDemandLoads()) {
            assertThat(load.getLoadGrams()).isEqualTo(LotPlans.grams(network.received(start, load.getDemand())));
            assertThat(load.residualGrams()).isGreaterThanOrEqualTo(0);
        }
    }
}
