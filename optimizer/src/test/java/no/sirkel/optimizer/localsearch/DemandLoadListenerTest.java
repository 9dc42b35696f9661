package no.sirkel.optimizer.localsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import no.sirkel.optimizer.network.Network;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

class DemandLoadListenerTest {

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {1, 2})
    void keepsEachDemandsLotsAndLoadInStepWithTheLotsArcsWhileSolving(int threads) {
        Network network = RandomFctp.generate(21, 8, 12, 2.0);
        LocalSearch search = new LocalSearch(network, threads);
        LotPlan plan = LotPlans.cut(network, new ArcCandidates(network, LocalSearch.CANDIDATE_ARCS_PER_SUPPLY),
                GreedyStart.of(network));

        LotPlan best = SolverFactory.<LotPlan>create(search.solverConfig(0, Duration.ofMillis(1500), 1_000_000)
                        .withEnvironmentMode(EnvironmentMode.FULL_ASSERT))
                .buildSolver()
                .solve(plan);

        for (DemandLoad load : best.getDemandLoads()) {
            List<Lot> matched = new ArrayList<>();
            long grams = 0;
            for (Lot lot : best.getLots()) {
                if (lot.isMatched() && lot.demand() == load.getDemand()) {
                    matched.add(lot);
                    grams += lot.getGrams();
                }
            }
            assertThat(load.getLots()).containsExactlyInAnyOrderElementsOf(matched);
            assertThat(load.getLoadGrams()).isEqualTo(grams);
            assertThat(load.residualGrams()).isNotNegative();
        }
    }
}
