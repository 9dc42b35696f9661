package no.sirkel.optimizer.localsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalSearchTest {

    private static final Duration SHORT = Duration.ofSeconds(1);

    /** Loads and compiles the solver once, so that the short limits below measure search rather than class loading. */
    @BeforeAll
    static void warmUp() {
        Network network = RandomFctp.generate(3, 5, 8, 1.0);
        new LocalSearch(network, 1).improve(GreedyStart.of(network), Duration.ofSeconds(2), flows -> { });
    }

    /** Arc with the given saving per tonne and fixed cost; transport cost and km do not enter the objective here. */
    private static Arc arc(int index, int supply, int demand, double saving, double fixed) {
        return new Arc(index, supply, demand, 10, 20, fixed, saving);
    }

    private static Network network(double[] supplies, double[] demands, List<Arc> arcs) {
        double[] disposal = new double[supplies.length];
        double[] virgin = new double[demands.length];
        Arrays.fill(disposal, 100);
        Arrays.fill(virgin, 100);
        return new Network(supplies, demands, disposal, virgin, arcs);
    }

    private static Flows flows(Network network, double... tonnesByArc) {
        assertThat(tonnesByArc).hasSize(network.arcCount());
        return Flows.of(tonnesByArc);
    }

    @Test
    void returnsExactlyTheStartWhenNothingIsCheaper() {
        Network network = network(new double[] {100}, new double[] {100, 100},
                List.of(arc(0, 0, 0, 50, 1000), arc(1, 0, 1, 30, 100)));
        Flows start = flows(network, 100, 0);
        List<Flows> bests = new ArrayList<>();

        Flows result = new LocalSearch(network, 1).improve(start, SHORT, bests::add);

        assertThat(result).isEqualTo(start).isNotSameAs(start);
        assertThat(bests).isEmpty();
    }

    @Test
    void movesAWholePairToADemandWithALowerFixedCost() {
        Network network = network(new double[] {100}, new double[] {100, 100},
                List.of(arc(0, 0, 0, 50, 1000), arc(1, 0, 1, 45, 100)));

        Flows result = new LocalSearch(network, 1).improve(flows(network, 100, 0), SHORT, flows -> { });

        assertThat(result.tonnes(0)).isZero();
        assertThat(result.tonnes(1)).isEqualTo(100);
    }

    @Test
    void closesAPairWhoseFixedCostExceedsItsSaving() {
        Network network = network(new double[] {20, 30}, new double[] {50},
                List.of(arc(0, 0, 0, 10, 500), arc(1, 1, 0, 40, 200)));

        Flows result = new LocalSearch(network, 1).improve(flows(network, 20, 30), SHORT, flows -> { });

        assertThat(result.tonnes(0)).isZero();
        assertThat(result.tonnes(1)).isEqualTo(30);
    }

    @Test
    void findsTheOptimumFromAnEmptyStartWhereCrossingPairsLookCheaper() {
        // per tonne the crossing pairs save most, but their fixed costs make the parallel pairs optimal
        Network network = network(new double[] {40, 60}, new double[] {40, 60},
                List.of(arc(0, 0, 0, 30, 200), arc(1, 0, 1, 40, 2500), arc(2, 1, 0, 40, 2500), arc(3, 1, 1, 30, 200)));

        Flows result = new LocalSearch(network, 1).improve(new Flows(network.arcCount()), SHORT, flows -> { });

        assertThat(network.cost(result)).isCloseTo(ExactFctp.optimalCost(network), within(1e-6));
        assertThat(result).isEqualTo(flows(network, 40, 0, 0, 60));
    }

    @Test
    void leavesASupplyWithoutArcsOnItsFallback() {
        Network network = network(new double[] {40, 25}, new double[] {40},
                List.of(arc(0, 0, 0, 30, 200)));

        Flows result = new LocalSearch(network, 1).improve(new Flows(network.arcCount()), SHORT, flows -> { });

        assertThat(result.tonnes(0)).isEqualTo(40);
    }

    @Test
    void staysFeasibleAndNeverWorseThanTheStart() {
        for (long seed = 1; seed <= 2; seed++) {
            Network network = RandomFctp.generate(seed, 15, 30, 2.0);
            Flows start = GreedyStart.of(network);

            Flows result = new LocalSearch(network, 1).improve(start, SHORT, flows -> { });

            assertThat(network.isFeasible(result)).isTrue();
            assertThat(network.cost(result)).isLessThanOrEqualTo(network.cost(start));
        }
    }

    @Test
    void reportsEachNewBestAsACheaperCopyEndingWithTheResult() {
        Network network = RandomFctp.generate(11, 15, 30, 2.0);
        Flows start = GreedyStart.of(network);
        List<Flows> bests = new ArrayList<>();

        Flows result = new LocalSearch(network, 1).improve(start, SHORT, bests::add);

        assertThat(bests).isNotEmpty();
        assertThat(bests).allSatisfy(best -> assertThat(network.cost(best)).isLessThan(network.cost(start)));
        assertThat(bests.get(bests.size() - 1)).isEqualTo(result).isNotSameAs(result);
    }

    @Test
    void stopMakesImproveReturnPromptlyWithItsBestSoFar() throws Exception {
        Network network = RandomFctp.generate(5, 50, 100, 3.0);
        Flows start = GreedyStart.of(network);
        LocalSearch search = new LocalSearch(network, 1);

        CompletableFuture<Flows> running = CompletableFuture.supplyAsync(
                () -> search.improve(start, Duration.ofSeconds(60), flows -> { }));
        Thread.sleep(1000);
        long stoppedAt = System.nanoTime();
        search.stop();
        Flows result = running.get(5, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isLessThan(Duration.ofSeconds(1));
        assertThat(network.cost(result)).isLessThanOrEqualTo(network.cost(start));
    }
}
