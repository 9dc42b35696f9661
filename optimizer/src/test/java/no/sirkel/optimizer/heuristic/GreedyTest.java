package no.sirkel.optimizer.heuristic;

import static org.assertj.core.api.Assertions.assertThat;

import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;
import no.sirkel.optimizer.network.NetworkBuilder;
import no.sirkel.optimizer.testing.Problems;
import org.junit.jupiter.api.Test;

class GreedyTest {

    private static final double NO = Double.NaN;

    @Test
    void takesTheBestSavingPerTonneFirstEvenWhereThatBlocksBetterPairs() {
        // S0→D0 saves 99/t, S0→D1 and S1→D0 save 95/t, S1 cannot reach D1.
        Network network = NetworkBuilder.build(Problems.matrix(new double[] {10, 10}, new double[] {10, 10},
                new double[][] {{1, 5}, {5, NO}}, 100, 50, 50)).network();

        Flows flows = Greedy.solve(network);

        assertThat(flows.tonnes(0)).isEqualTo(10);
        assertThat(flows.tonnes(1)).isZero();
        assertThat(flows.tonnes(2)).isZero();
        assertThat(network.cost(flows)).isEqualTo(2000 - 99 * 10 + 100);
    }

    @Test
    void fillsEachPairAsFarAsSupplyAndDemandAllow() {
        Network network = NetworkBuilder.build(Problems.matrix(new double[] {10, 6}, new double[] {7, 9},
                new double[][] {{1, 2}, {3, 4}}, 0, 50, 50)).network();

        Flows flows = Greedy.solve(network);

        assertThat(new double[] {flows.tonnes(0), flows.tonnes(1), flows.tonnes(2), flows.tonnes(3)})
                .containsExactly(7, 3, 0, 6);
        assertThat(network.isFeasible(flows)).isTrue();
    }

    @Test
    void passesOverAPairWhoseFixedCostEatsItsSaving() {
        Network network = NetworkBuilder.build(Problems.matrix(new double[] {2}, new double[] {10},
                new double[][] {{1}}, 198, 50, 50)).network();

        assertThat(Greedy.solve(network).tonnes(0)).isZero();
    }
}
