package no.sirkel.optimizer.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import no.sirkel.optimizer.benchmark.FctpInstanceGenerator.FixedCostLevel;
import no.sirkel.optimizer.check.ContractProblem;
import no.sirkel.optimizer.check.ContractProblem.Demand;
import no.sirkel.optimizer.check.ContractProblem.Supply;
import no.sirkel.optimizer.check.PlanChecker;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class GeneratedProblemsTest {

    private static ContractProblem read(JsonNode problem) {
        List<no.sirkel.optimizer.check.Violation> violations = new ArrayList<>();
        ContractProblem contractProblem = ContractProblem.read(problem, violations);
        assertThat(violations).isEmpty();
        return contractProblem;
    }

    @Test
    void trondheimProblemsFollowTheContract() {
        assertThat(PlanChecker.checkProblem(new TrondheimProblemGenerator(1).generate(50, 100))).isEmpty();
        assertThat(PlanChecker.checkProblem(new TrondheimProblemGenerator(1).generate(500, 500))).isEmpty();
    }

    @Test
    void trondheimProblemsDependOnlyOnSeedAndSize() {
        assertThat(new TrondheimProblemGenerator(7).generate(50, 100))
                .isEqualTo(new TrondheimProblemGenerator(7).generate(50, 100))
                .isNotEqualTo(new TrondheimProblemGenerator(8).generate(50, 100));
    }

    @Test
    void trondheimProblemsGiveEverySupplyASiteAndEveryDemandASource() {
        ContractProblem problem = read(new TrondheimProblemGenerator(3).generate(500, 500));
        assertThat(problem.supplies()).allSatisfy(supply -> {
            assertThat(problem.disposal(supply).isPenalty()).isFalse();
            assertThat(problem.disposal(supply).costPerTonne()).isBetween(340.0, 450.0 + 2 * 200);
        });
        assertThat(problem.demands()).allSatisfy(demand ->
                assertThat(problem.virgin(demand).isPenalty()).as(demand.id()).isFalse());
    }

    @Test
    void trondheimProblemsLookLikeTheRegion() {
        ContractProblem problem = read(new TrondheimProblemGenerator(3).generate(500, 500));
        List<Supply> supplies = problem.supplies();
        long excavated = supplies.stream().filter(s -> List.of("BLASTED_ROCK", "GRAVEL", "SAND", "MORAINE", "CLAY",
                "SILT", "TOPSOIL", "PEAT", "MIXED_MASSES", "DREDGING_SPOIL").contains(s.material())).count();
        assertThat(excavated).isGreaterThan(supplies.size() * 7 / 10);
        assertThat(supplies).filteredOn(s -> List.of("FILTER_DUST", "MICROSILICA", "SLAG").contains(s.material()))
                .isNotEmpty()
                .anySatisfy(s -> assertThat(ContractProblem.greatCircleKm(s.position(),
                        new ContractProblem.Position(63.3186, 9.8766))).isLessThan(5));
        assertThat(problem.demands()).anySatisfy(d -> assertThat(d.accepts()).contains("MICROSILICA"));
        assertThat(problem.demands()).anySatisfy(d -> assertThat(d.accepts()).contains("FILTER_DUST"));
        long clean = supplies.stream().filter(s -> s.contaminationClass() == null || s.contaminationClass() <= 2)
                .count();
        assertThat(clean).isGreaterThan(supplies.size() * 7 / 10);
        assertThat(supplies).allSatisfy(s -> assertThat(s.tonnes()).isBetween(100.0, 60_000.0));
        double supplied = supplies.stream().mapToDouble(Supply::tonnes).sum();
        double demanded = problem.demands().stream().mapToDouble(Demand::tonnes).sum();
        assertThat(demanded / supplied).isBetween(0.5, 1.2);
        double eligibleShare = (double) problem.countEligiblePairs() / (500.0 * 500.0);
        assertThat(eligibleShare).isBetween(0.05, 0.5);
    }

    @Test
    void fctpInstancesBalanceSupplyAndDemandOverEveryPair() {
        ObjectNode instance = new FctpInstanceGenerator(1).generate(50, 100, FixedCostLevel.HIGH);
        assertThat(PlanChecker.checkProblem(instance)).isEmpty();
        ContractProblem problem = read(instance);
        double supplied = problem.supplies().stream().mapToDouble(Supply::tonnes).sum();
        double demanded = problem.demands().stream().mapToDouble(Demand::tonnes).sum();
        assertThat(supplied).isEqualTo(demanded);
        assertThat(problem.supplies()).allSatisfy(s -> assertThat(s.tonnes() % 1).isZero());
        assertThat(problem.demands()).allSatisfy(d -> {
            assertThat(d.tonnes() % 1).isZero();
            assertThat(d.tonnes()).isPositive();
        });
        assertThat(problem.countEligiblePairs()).isEqualTo(50L * 100L);
        assertThat(problem.routeCount()).isEqualTo(50 * 100);
    }

    @Test
    void fctpFixedCostsFollowTheLevel() {
        assertThat(meanFixedCost(FixedCostLevel.LOW)).isBetween(100.0, 160.0);
        assertThat(meanFixedCost(FixedCostLevel.MEDIUM)).isBetween(400.0, 640.0);
        assertThat(meanFixedCost(FixedCostLevel.HIGH)).isBetween(1600.0, 2500.0);
    }

    @Test
    void fctpVariableCostsLieBetweenThreeAndEight() {
        JsonNode routes = new FctpInstanceGenerator(2).generate(50, 100, FixedCostLevel.LOW).get("routes");
        routes.forEach(route -> assertThat(route.get("km").asDouble()).isBetween(3.0, 8.0));
    }

    @Test
    void fctpInstancesDependOnlyOnSeedSizeAndLevel() {
        assertThat(new FctpInstanceGenerator(5).generate(10, 20, FixedCostLevel.LOW))
                .isEqualTo(new FctpInstanceGenerator(5).generate(10, 20, FixedCostLevel.LOW))
                .isNotEqualTo(new FctpInstanceGenerator(5).generate(10, 20, FixedCostLevel.HIGH));
    }

    @Test
    void fctpCostRatioInstancesBalanceSmallWholeQuantities() {
        ObjectNode instance = new FctpInstanceGenerator(1).generateWithCostRatio(30, 0.2);
        assertThat(PlanChecker.checkProblem(instance)).isEmpty();
        ContractProblem problem = read(instance);
        assertThat(problem.supplies()).hasSize(30).allSatisfy(s -> assertThat(s.tonnes()).isIn(wholeTonnesUpTo20()));
        assertThat(problem.demands()).hasSize(30).allSatisfy(d -> assertThat(d.tonnes()).isIn(wholeTonnesUpTo20()));
        assertThat(problem.supplies().stream().mapToDouble(Supply::tonnes).sum())
                .isEqualTo(problem.demands().stream().mapToDouble(Demand::tonnes).sum());
        assertThat(problem.countEligiblePairs()).isEqualTo(900);
    }

    @Test
    void fctpCostRatioInstancesHaveTheChosenVariableToFixedCostRatio() {
        for (double theta : new double[] {0.2, 0.5}) {
            JsonNode instance = new FctpInstanceGenerator(4).generateWithCostRatio(30, theta);
            double ratioSum = 0;
            for (JsonNode route : instance.get("routes")) {
                assertThat(route.get("fixedCost").asDouble()).isBetween(200.0, 800.0);
                ratioSum += route.get("km").asDouble() / route.get("fixedCost").asDouble();
            }
            double total = 0;
            for (JsonNode supply : instance.get("supplies")) {
                total += supply.get("tonnes").asDouble();
            }
            double measured = total * ratioSum / instance.get("routes").size() / (30 + 30 - 1);
            assertThat(measured).as("theta %s", theta).isCloseTo(theta, within(0.1 * theta));
        }
    }

    @Test
    void fctpCostRatioInstancesDependOnlyOnSeedSizeAndRatio() {
        assertThat(new FctpInstanceGenerator(5).generateWithCostRatio(15, 0.2))
                .isEqualTo(new FctpInstanceGenerator(5).generateWithCostRatio(15, 0.2))
                .isNotEqualTo(new FctpInstanceGenerator(5).generateWithCostRatio(15, 0.5))
                .isNotEqualTo(new FctpInstanceGenerator(6).generateWithCostRatio(15, 0.2));
    }

    private static List<Double> wholeTonnesUpTo20() {
        return IntStream.rangeClosed(1, 20).mapToObj(t -> (double) t).toList();
    }

    private static double meanFixedCost(FixedCostLevel level) {
        JsonNode routes = new FctpInstanceGenerator(1).generate(50, 100, level).get("routes");
        double sum = 0;
        for (JsonNode route : routes) {
            sum += route.get("fixedCost").asDouble();
        }
        return sum / routes.size();
    }
}
