package no.sirkel.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import no.sirkel.optimizer.heuristic.Greedy;
import no.sirkel.optimizer.heuristic.SlopeScaling;
import no.sirkel.optimizer.network.Network;
import no.sirkel.optimizer.network.NetworkBuilder;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.problem.InvalidProblemException;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.ProblemReader;
import no.sirkel.optimizer.testing.Problems;
import org.junit.jupiter.api.Test;

class OptimizerTest {

    private static final double NO = Double.NaN;

    @Test
    void solvesTheContractExample() throws Exception {
        Problem problem;
        try (InputStream in = getClass().getResourceAsStream("/problems/contract-example.json")) {
            problem = ProblemReader.read(in);
        }

        Plan plan = new Optimizer(new SolveOptions(Duration.ofSeconds(1), 1)).solve(problem, null);

        assertThat(plan.problem()).isEqualTo("trondheim-2027");
        assertThat(plan.matches()).containsExactly(new Plan.Match("S1", "D1", 8000, 31.5, 471, 505_000, 22_680));
        assertThat(plan.disposals()).singleElement().satisfies(disposal -> {
            assertThat(disposal.site()).isEqualTo("L1");
            assertThat(disposal.tonnes()).isEqualTo(4000);
        });
        assertThat(plan.virginDeliveries()).isEmpty();
        assertThat(plan.gapPercent()).isCloseTo(0, within(1e-4));
    }

    @Test
    void findsTheOptimumOfAHandCheckedProblemAndProvesIt() {
        Problem problem = Problems.matrix(new double[] {10, 10}, new double[] {10, 10},
                new double[][] {{1, 5}, {5, NO}}, 100, 50, 50);

        Plan plan = new Optimizer(new SolveOptions(Duration.ofSeconds(1), 1)).solve(problem, null);

        assertThat(plan.totals().cost()).isEqualTo(300);
        assertThat(plan.greedy().cost()).isEqualTo(1110);
        assertThat(plan.lowerBound()).isCloseTo(300, within(1e-5));
        assertThat(plan.matches()).extracting(match -> match.supply() + "→" + match.demand())
                .containsExactly("S0→D1", "S1→D0");
    }

    @Test
    void returnsAPlanNoWorseThanGreedyOrSlopeScaling() {
        Problem problem = Problems.random(21, 60, 60, 20_000, 30.0);
        Network network = NetworkBuilder.build(problem).network();

        Plan plan = new Optimizer(new SolveOptions(Duration.ofSeconds(3), 1)).solve(problem, null);

        assertThat(plan.totals().cost()).isLessThanOrEqualTo(network.cost(Greedy.solve(network)) + 1e-6);
        assertThat(plan.totals().cost()).isLessThanOrEqualTo(network.cost(new SlopeScaling(network).plain()) + 1e-6);
        assertThat(plan.totals().cost()).isGreaterThanOrEqualTo(plan.lowerBound());
        assertThat(plan.greedy().cost()).isCloseTo(network.cost(Greedy.solve(network)), within(1e-6));
    }

    @Test
    void reportsEachNewBestWithFallingCostsStartingFromGreedy() {
        Problem problem = Problems.random(21, 60, 60, 20_000, 30.0);
        List<Progress> reports = new CopyOnWriteArrayList<>();

        Plan plan = new Optimizer(new SolveOptions(Duration.ofSeconds(2), 1)).solve(problem, reports::add);

        assertThat(reports.get(0).phase()).isEqualTo("greedy");
        assertThat(reports).extracting(Progress::bestCost).isSortedAccordingTo((a, b) -> Double.compare(b, a))
                .doesNotHaveDuplicates();
        assertThat(reports).allSatisfy(progress -> {
            assertThat(progress.lowerBound()).isEqualTo(plan.lowerBound());
            assertThat(progress.gapPercent()).isCloseTo(
                    100 * (progress.bestCost() - progress.lowerBound()) / progress.lowerBound(), within(1e-9));
        });
        assertThat(reports.get(reports.size() - 1).bestCost()).isCloseTo(plan.totals().cost(), within(1e-6));
    }

    @Test
    void returnsTheBestSoFarSoonAfterStop() throws InterruptedException {
        Problem problem = Problems.random(21, 60, 60, 20_000, 30.0);
        Optimizer optimizer = new Optimizer(new SolveOptions(Duration.ofMinutes(5), 1));
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            optimizer.stop();
        });
        stopper.start();
        long start = System.nanoTime();

        Plan plan = optimizer.solve(problem, null);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(plan.totals().cost()).isLessThanOrEqualTo(plan.greedy().cost());
        stopper.join();
    }

    @Test
    void neverMovesMoreThanASupplyHasOrADemandNeedsWithFractionalTonnes() {
        Problem problem = Problems.matrix(new double[] {10.0 / 3, 7.25, 2.2}, new double[] {5.5, 2.0 / 7, 4.9},
                new double[][] {{3, 9, 4}, {4, 1, 8}, {2, NO, 5}}, 20, 50, 50);

        Plan plan = new Optimizer(new SolveOptions(Duration.ofSeconds(1), 1)).solve(problem, null);

        for (var supply : problem.supplies()) {
            double sent = plan.matches().stream().filter(match -> match.supply().equals(supply.id()))
                    .mapToDouble(Plan.Match::tonnes).sum();
            assertThat(sent).isLessThanOrEqualTo(supply.tonnes() + 1e-12);
        }
        for (var demand : problem.demands()) {
            double received = plan.matches().stream().filter(match -> match.demand().equals(demand.id()))
                    .mapToDouble(Plan.Match::tonnes).sum();
            assertThat(received).isLessThanOrEqualTo(demand.tonnes() + 1e-12);
        }
        assertThat(plan.totals().cost()).isGreaterThanOrEqualTo(plan.lowerBound());
    }

    @Test
    void refusesAnInvalidProblem() {
        Problem problem = Problems.problem(Problems.parameters(2, 0, -5.0), List.of(), List.of(), List.of(), List.of(),
                List.of());

        assertThatThrownBy(() -> new Optimizer(new SolveOptions(Duration.ofSeconds(1), 1)).solve(problem, null))
                .isInstanceOfSatisfying(InvalidProblemException.class,
                        e -> assertThat(e.errors()).containsExactly("parameters.maxHaulKm must be > 0"));
    }

    @Test
    void solvesAProblemWithNothingToMatch() {
        Problem problem = Problems.problem(Problems.parameters(2, 0, null),
                List.of(Problems.supply("S1", 63, 10, "CLAY", 100)), List.of(), List.of(), List.of(), List.of());

        Plan plan = new Optimizer(new SolveOptions(Duration.ofSeconds(1), 1)).solve(problem, null);

        assertThat(plan.matches()).isEmpty();
        assertThat(plan.totals().penaltyCost()).isEqualTo(100 * 100_000);
        assertThat(plan.gapPercent()).isCloseTo(0, within(1e-9));
    }

    @Test
    void refusesOptionsWithoutTimeOrThreads() {
        assertThatThrownBy(() -> new SolveOptions(Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SolveOptions(Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
