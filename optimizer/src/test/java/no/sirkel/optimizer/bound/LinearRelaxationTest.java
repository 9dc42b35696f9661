package no.sirkel.optimizer.bound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import no.sirkel.optimizer.heuristic.Greedy;
import no.sirkel.optimizer.heuristic.SlopeScaling;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;
import no.sirkel.optimizer.network.NetworkBuilder;
import no.sirkel.optimizer.testing.BruteForce;
import no.sirkel.optimizer.testing.Problems;
import org.junit.jupiter.api.Test;

class LinearRelaxationTest {


    @Test
    void spreadsEachFixedCostOverTheMostThePairCanCarry() {
        // S0 (10 t) reaches D0 (4 t) at 1 NOK/t; fallbacks 50 + 50 NOK/t; fixed 40 spread over 4 t = 10 NOK/t.
        Network network = NetworkBuilder.build(Problems.matrix(new double[] {10}, new double[] {4},
                new double[][] {{1}}, 40, 50, 50)).network();

        LinearRelaxation.Result result = LinearRelaxation.solve(network);

        assertThat(result.lowerBound()).isCloseTo(50 * 10 + 50 * 4 - (99 - 10) * 4, within(1e-5))
                .isLessThanOrEqualTo(50 * 10 + 50 * 4 - (99 - 10) * 4);
        assertThat(result.flows().tonnes(0)).isEqualTo(4);
    }

    @Test
    void isTheOptimumWhenThereAreNoFixedCosts() {
        Network network = NetworkBuilder.build(Problems.random(3, 60, 80, 0, 40.0)).network();

        double bound = LinearRelaxation.solve(network).lowerBound();

        assertThat(network.cost(new SlopeScaling(network).plain())).isCloseTo(bound, within(1e-5 * bound));
    }

    @Test
    void neverExceedsTheOptimumOfTinyProblems() {
        Random random = new Random(11);
        for (int trial = 0; trial < 30; trial++) {
            Network network = NetworkBuilder.build(Problems.tinyRandom(random)).network();

            double optimum = BruteForce.optimalCost(network);

            assertThat(LinearRelaxation.solve(network).lowerBound()).isLessThanOrEqualTo(optimum);
        }
    }

    @Test
    void staysBelowEveryFeasiblePlan() {
        Network network = NetworkBuilder.build(Problems.random(5, 120, 150, 3000, 30.0)).network();
        double bound = LinearRelaxation.solve(network).lowerBound();

        assertThat(bound).isLessThanOrEqualTo(network.cost(Greedy.solve(network)));
        assertThat(bound).isLessThanOrEqualTo(network.cost(new SlopeScaling(network).plain()));
        Random random = new Random(2);
        for (int trial = 0; trial < 20; trial++) {
            assertThat(bound).isLessThanOrEqualTo(network.cost(randomPlan(network, random)));
        }
    }

    @Test
    void boundsProblemsWhoseTonnesNoDecimalUnitHolds() {
        Network network = NetworkBuilder.build(Problems.matrix(new double[] {10.0 / 3, 7.25}, new double[] {5.5, 2.0 / 7},
                new double[][] {{3, 9}, {4, 1}}, 20, 50, 50)).network();

        double bound = LinearRelaxation.solve(network).lowerBound();

        Flows plan = new Flows(network.arcCount());
        plan.set(0, 10.0 / 3);
        plan.set(2, 5.5 - 10.0 / 3);
        plan.set(3, 2.0 / 7);
        assertThat(network.isFeasible(plan)).isTrue();
        assertThat(bound).isLessThanOrEqualTo(network.cost(plan));
    }

    /** Arcs in random order, each given a random share of what is left. */
    private static Flows randomPlan(Network network, Random random) {
        double[] supplyLeft = new double[network.supplyCount()];
        double[] demandLeft = new double[network.demandCount()];
        for (int s = 0; s < supplyLeft.length; s++) {
            supplyLeft[s] = network.supplyTonnes(s);
        }
        for (int d = 0; d < demandLeft.length; d++) {
            demandLeft[d] = network.demandTonnes(d);
        }
        Flows flows = new Flows(network.arcCount());
        for (int i = 0; i < network.arcCount(); i++) {
            var arc = network.arc(random.nextInt(network.arcCount()));
            double tonnes = Math.floor(random.nextDouble() * Math.min(supplyLeft[arc.supply()], demandLeft[arc.demand()]));
            flows.add(arc.index(), tonnes);
            supplyLeft[arc.supply()] -= tonnes;
            demandLeft[arc.demand()] -= tonnes;
        }
        return flows;
    }
}
