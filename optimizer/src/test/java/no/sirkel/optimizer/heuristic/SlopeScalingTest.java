package no.sirkel.optimizer.heuristic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Random;

import no.sirkel.optimizer.bound.LinearRelaxation;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;
import no.sirkel.optimizer.network.NetworkBuilder;
import no.sirkel.optimizer.testing.BruteForce;
import no.sirkel.optimizer.testing.Problems;
import org.junit.jupiter.api.Test;

class SlopeScalingTest {

    private static final double NO = Double.NaN;

    @Test
    void findsTheCrossedPairsGreedyMisses() {
        Network network = NetworkBuilder.build(Problems.matrix(new double[] {10, 10}, new double[] {10, 10},
                new double[][] {{1, 5}, {5, NO}}, 100, 50, 50)).network();

        Flows flows = new SlopeScaling(network).plain();

        assertThat(network.cost(flows)).isEqualTo(2000 - 95 * 20 + 200);
        assertThat(flows.tonnes(1)).isEqualTo(10);
        assertThat(flows.tonnes(2)).isEqualTo(10);
    }

    @Test
    void concentratesFlowOnFewPairsWhenFixedCostsDominate() {
        // Two demands of 5 t; S0 reaches both at 10 NOK/t, S1 reaches both at 12 NOK/t. Fixed 300 per pair.
        // Best: S0 serves both (2 pairs): 2 × 50 × ... every split onto 3 or 4 pairs only adds fixed costs.
        Network network = NetworkBuilder.build(Problems.matrix(new double[] {10, 10}, new double[] {5, 5},
                new double[][] {{10, 10}, {12, 12}}, 300, 100, 100)).network();

        Flows flows = new SlopeScaling(network).plain();

        assertThat(network.cost(flows)).isEqualTo(BruteForce.optimalCost(network));
    }

    /** Equal up to the flow solver's integer cost step (10⁻⁸ of the largest saving per tonne). */
    @Test
    void equalsTheBoundWithoutFixedCosts() {
        Network network = NetworkBuilder.build(Problems.random(9, 80, 60, 0, null)).network();

        double bound = LinearRelaxation.solve(network).lowerBound();

        assertThat(network.cost(new SlopeScaling(network).plain())).isCloseTo(bound, within(1e-5 * bound));
    }

    @Test
    void keepsEveryPlanFeasibleAndNeverBelowTheBound() {
        Network network = NetworkBuilder.build(Problems.matrix(new double[] {10.5, 7.25, 3}, new double[] {4.75, 9, 6.1},
                new double[][] {{3, 9, 4}, {4, 1, 8}, {2, NO, 5}}, 20, 50, 50)).network();

        Flows flows = new SlopeScaling(network).plain();

        assertThat(network.isFeasible(flows)).isTrue();
        assertThat(network.cost(flows)).isGreaterThanOrEqualTo(LinearRelaxation.solve(network).lowerBound());
    }

    @Test
    void reachesTheOptimumOfMostTinyProblemsAndStaysCloseOnTheRest() {
        Random random = new Random(5);
        int optimal = 0;
        for (int trial = 0; trial < 20; trial++) {
            Network network = NetworkBuilder.build(Problems.tinyRandom(random)).network();
            double optimum = BruteForce.optimalCost(network);

            double found = network.cost(new SlopeScaling(network).plain());

            assertThat(found).isGreaterThanOrEqualTo(optimum - 1e-9).isLessThanOrEqualTo(optimum * 1.20 + 1e-9);
            optimal += found <= optimum + 1e-9 ? 1 : 0;
        }
        assertThat(optimal).isGreaterThanOrEqualTo(17);
    }

    @Test
    void startedFromTheRelaxationsFlowsItSavesTheFirstSolveAndEndsAlike() {
        Network network = NetworkBuilder.build(Problems.random(21, 60, 60, 20_000, 30.0)).network();
        SlopeScaling plain = new SlopeScaling(network);
        double plainCost = network.cost(plain.plain());
        SlopeScaling seeded = new SlopeScaling(network);

        Flows flows = seeded.plain(LinearRelaxation.solve(network).flows(), Duration.ZERO, Duration.ofMinutes(1),
                improved -> { });

        assertThat(network.cost(flows)).isEqualTo(plainCost);
        assertThat(seeded.roundCount()).isEqualTo(plain.roundCount() - 1);
    }

    @Test
    void aStoppedRunSolvesNoMoreFlows() {
        Network network = NetworkBuilder.build(Problems.random(21, 60, 60, 20_000, 30.0)).network();
        SlopeScaling slopeScaling = new SlopeScaling(network);
        slopeScaling.stop();

        Flows flows = slopeScaling.plain(Duration.ofSeconds(30), found -> { });

        assertThat(slopeScaling.roundCount()).isZero();
        assertThat(network.isFeasible(flows)).isTrue();
    }
}
