package no.sirkel.optimizer.basis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;
import no.sirkel.optimizer.network.NetworkBuilder;
import no.sirkel.optimizer.testing.Problems;
import org.junit.jupiter.api.Test;

class BasisTest {

    private static final double NO = Double.NaN;

    @Test
    void everyPivotKeepsThePlanFeasibleAndChangesItsCostByItsPrice() {
        Network network = NetworkBuilder.build(Problems.random(3, 25, 30, 20_000, 30.0)).network();

        int nonDegenerate = pivotAtRandom(network, 400);

        assertThat(nonDegenerate).isGreaterThan(100);
    }

    @Test
    void pivotsKeepFractionalUnbalancedPlansWithMissingPairsFeasible() {
        Network network = NetworkBuilder.build(Problems.matrix(new double[] {10.0 / 3, 7.25, 2.2},
                new double[] {5.5, 2.0 / 7, 4.9, 1.1}, new double[][] {{3, 9, 4, NO}, {4, 1, 8, 2}, {2, NO, 5, 7}},
                20, 50, 50)).network();

        int nonDegenerate = pivotAtRandom(network, 200);

        assertThat(nonDegenerate).isPositive();
    }

    @Test
    void startsFromAPlanWithACycleAtNoHigherCost() {
        Network network = NetworkBuilder.build(Problems.matrix(new double[] {10, 10}, new double[] {10, 10},
                new double[][] {{1, 2}, {3, 1}}, 5, 50, 50)).network();
        Flows crossed = new Flows(network.arcCount());
        for (int arc = 0; arc < network.arcCount(); arc++) {
            crossed.set(arc, 5);
        }
        FlowGraph graph = new FlowGraph(network);

        Basis basis = new Basis(graph, StartingBasis.of(graph, crossed));

        assertThat(network.isFeasible(basis.flows())).isTrue();
        assertThat(network.cost(basis.flows())).isLessThan(network.cost(crossed));
        assertThat(basis.cost()).isCloseTo(network.cost(basis.flows()) - network.baselineCost(), within(1e-6));
    }

    @Test
    void startsFromAPlanThatFillsNothingWithEveryTonneOnTheFallbacks() {
        Network network = NetworkBuilder.build(Problems.random(3, 10, 12, 5_000, 30.0)).network();
        FlowGraph graph = new FlowGraph(network);

        Basis basis = new Basis(graph, StartingBasis.of(graph, new Flows(network.arcCount())));

        assertThat(basis.flows()).isEqualTo(new Flows(network.arcCount()));
        assertThat(basis.cost()).isZero();
    }

    /** Random pivots from the all-fallback basis, each checked against the plan's recomputed cost; returns how many moved flow. */
    private static int pivotAtRandom(Network network, int pivots) {
        FlowGraph graph = new FlowGraph(network);
        Basis basis = new Basis(graph, StartingBasis.of(graph, new Flows(network.arcCount())));
        Random random = new Random(7);
        int nonDegenerate = 0;
        for (int done = 0; done < pivots; ) {
            int edge = random.nextInt(graph.edgeCount());
            if (basis.isBasic(edge)) {
                continue;
            }
            double before = network.cost(basis.flows());
            Pivot pivot = basis.evaluate(edge);

            basis.apply(pivot);

            Flows after = basis.flows();
            assertThat(network.isFeasible(after)).isTrue();
            assertThat(network.cost(after) - before).isCloseTo(pivot.costChange(), within(1e-6 * (1 + Math.abs(before))));
            assertThat(basis.cost()).isCloseTo(network.cost(after) - network.baselineCost(),
                    within(1e-9 * network.baselineCost()));
            assertThat(basis.isBasic(edge)).isTrue();
            nonDegenerate += pivot.theta() > Network.EPSILON_TONNES ? 1 : 0;
            done++;
        }
        return nonDegenerate;
    }
}
