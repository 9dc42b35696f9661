package no.sirkel.optimizer.localsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

import org.junit.jupiter.api.Test;

class UsedPairsPolishTest {

    // two supplies of 60 t and 50 t, one demand of 70 t, another of 40 t
    private final Network network = new Network(new double[] {60, 50}, new double[] {70, 40},
            new double[] {100, 100}, new double[] {100, 100},
            List.of(new Arc(0, 0, 0, 10, 20, 500, 180), new Arc(1, 0, 1, 10, 20, 500, 150),
                    new Arc(2, 1, 0, 10, 20, 500, 170), new Arc(3, 1, 1, 10, 20, 500, 175)));

    @Test
    void movesTonnesToTheBestSavingsOnTheUsedPairs() {
        Flows lotSized = Flows.of(new double[] {30, 0, 15, 15});

        Flows polished = new UsedPairsPolish(network).polish(lotSized);

        assertThat(polished.tonnes(0)).isCloseTo(60, within(1e-9));
        assertThat(polished.tonnes(2)).isCloseTo(10, within(1e-9));
        assertThat(polished.tonnes(3)).isCloseTo(40, within(1e-9));
        assertThat(network.cost(polished)).isLessThan(network.cost(lotSized));
    }

    @Test
    void neverUsesAPairTheFlowsDoNotUse() {
        Flows polished = new UsedPairsPolish(network).polish(Flows.of(new double[] {10, 0, 0, 0}));

        assertThat(polished.tonnes(0)).isCloseTo(60, within(1e-9));
        assertThat(polished.tonnes(1)).isZero();
        assertThat(polished.tonnes(2)).isZero();
        assertThat(polished.tonnes(3)).isZero();
    }
}
