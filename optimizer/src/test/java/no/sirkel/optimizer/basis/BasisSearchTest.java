package no.sirkel.optimizer.basis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import no.sirkel.optimizer.heuristic.SlopeScaling;
import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;
import no.sirkel.optimizer.network.NetworkBuilder;
import no.sirkel.optimizer.testing.BruteForce;
import no.sirkel.optimizer.testing.Problems;
import org.junit.jupiter.api.Test;

class BasisSearchTest {

    @Test
    void reachesTheOptimumOfTinyProblems() {
        Random random = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            Network network = NetworkBuilder.build(Problems.tinyRandom(random)).network();

            Flows found = new BasisSearch(network, trial).improve(new Flows(network.arcCount()), Duration.ofMillis(50),
                    flows -> { });

            assertThat(network.isFeasible(found)).isTrue();
            assertThat(network.cost(found)).isEqualTo(BruteForce.optimalCost(network), within(1e-9));
        }
    }

    @Test
    void improvesOnSlopeScalingWhereHighFixedCostsStallIt() {
        Network network = highFixedCosts(11, 12, 24);
        Flows slopeScaling = new SlopeScaling(network).plain();
        List<Double> improvements = new ArrayList<>();

        Flows found = new BasisSearch(network, 1).improve(slopeScaling, Duration.ofSeconds(1),
                flows -> improvements.add(network.cost(flows)));

        assertThat(network.isFeasible(found)).isTrue();
        assertThat(network.cost(found)).isLessThan(0.97 * network.cost(slopeScaling));
        assertThat(improvements).isSortedAccordingTo((a, b) -> Double.compare(b, a)).doesNotHaveDuplicates();
        assertThat(improvements.get(improvements.size() - 1)).isEqualTo(network.cost(found));
    }

    @Test
    void returnsItsBestSoonAfterStopFromAnotherThread() throws InterruptedException {
        Network network = highFixedCosts(3, 40, 60);
        BasisSearch search = new BasisSearch(network, 1);
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            search.stop();
        });
        stopper.start();
        long start = System.nanoTime();

        Flows found = search.improve(new Flows(network.arcCount()), Duration.ofMinutes(5), flows -> { });

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(network.isFeasible(found)).isTrue();
        stopper.join();
    }

    @Test
    void aStoppedSearchReturnsItsStartAtOnce() {
        Network network = highFixedCosts(3, 10, 10);
        BasisSearch search = new BasisSearch(network, 1);
        search.stop();
        Flows start = new Flows(network.arcCount());

        Flows found = search.improve(start, Duration.ofMinutes(5), flows -> { });

        assertThat(found).isEqualTo(start);
    }

    /**
     * A literature-style fixed-charge transportation problem: every pair eligible, whole tonnes, 3–8 per tonne and
     * fixed costs several times what a pair's tonnes cost to carry; no fallback worth using.
     */
    private static Network highFixedCosts(long seed, int supplies, int demands) {
        Random random = new Random(seed);
        double[] supplyTonnes = new double[supplies];
        double[] demandTonnes = new double[demands];
        double total = 0;
        for (int s = 0; s < supplies; s++) {
            supplyTonnes[s] = 100 + random.nextInt(201);
            total += supplyTonnes[s];
        }
        for (int d = 0; d < demands; d++) {
            demandTonnes[d] = Math.floor(total / demands);
        }
        double[] penalty = new double[Math.max(supplies, demands)];
        Arrays.fill(penalty, 1_000);
        List<Arc> arcs = new ArrayList<>();
        double meanFixed = 5.5 * 5.5 * total / (supplies + demands - 1);
        for (int s = 0; s < supplies; s++) {
            for (int d = 0; d < demands; d++) {
                double costPerTonne = 3 + random.nextInt(6);
                double fixed = Math.round(meanFixed * (0.4 + 1.2 * random.nextDouble()));
                arcs.add(new Arc(arcs.size(), s, d, costPerTonne, costPerTonne, fixed, 2 * 1_000 - costPerTonne));
            }
        }
        return new Network(supplyTonnes, demandTonnes, Arrays.copyOf(penalty, supplies),
                Arrays.copyOf(penalty, demands), arcs);
    }
}
