package no.sirkel.optimizer.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Random;

import no.sirkel.optimizer.check.PlanChecker;
import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Network;
import no.sirkel.optimizer.network.NetworkBuilder;
import no.sirkel.optimizer.network.PreparedProblem;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.PlanBuilder;
import no.sirkel.optimizer.plan.PlanWriter;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.ProblemReader;
import no.sirkel.optimizer.problem.ProblemWriter;
import no.sirkel.optimizer.testing.BruteForce;
import no.sirkel.optimizer.testing.Problems;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class NetworkMipTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Test
    void provesTheBruteForceOptimumOfTinyProblemsWithFallbacks() {
        Random random = new Random(11);
        for (int i = 0; i < 25; i++) {
            Network network = NetworkBuilder.build(Problems.tinyRandom(random)).network();
            NetworkMip.Result mip = NetworkMip.solve(network, null, LIMIT);
            double optimum = BruteForce.optimalCost(network);
            assertThat(mip.optimal()).as("problem %d", i).isTrue();
            assertThat(mip.cost()).as("problem %d", i).isCloseTo(optimum, within(1e-6));
            assertThat(mip.bound()).as("problem %d", i).isLessThanOrEqualTo(optimum + 1e-6);
            assertThat(network.isFeasible(mip.flows())).isTrue();
        }
    }

    @Test
    void itsPlanCostsWhatTheIndependentCheckerComputes() {
        Problem problem = Problems.random(5, 6, 8, 3000, null);
        PreparedProblem prepared = NetworkBuilder.build(problem);
        NetworkMip.Result mip = NetworkMip.solve(prepared.network(), null, LIMIT);
        Plan plan = new PlanBuilder(prepared).build(mip.flows(), mip.cost(), mip.bound(), mip.seconds());
        JsonNode planJson = JSON.readTree(PlanWriter.toJson(plan));

        assertThat(PlanChecker.check(JSON.readTree(ProblemWriter.toJson(problem)), planJson)).isEmpty();
        assertThat(planJson.get("totals").get("cost").asDouble()).isCloseTo(mip.cost(), within(1e-6));
        assertThat(planJson.get("matches")).isNotEmpty();
    }

    @Test
    void aHintNeverMakesTheResultWorse() {
        Network network = NetworkBuilder.build(Problems.random(8, 5, 6, 2000, null)).network();
        NetworkMip.Result cold = NetworkMip.solve(network, null, LIMIT);
        NetworkMip.Result warm = NetworkMip.solve(network, cold.flows(), LIMIT);
        assertThat(warm.optimal()).isTrue();
        assertThat(warm.cost()).isCloseTo(cold.cost(), within(1e-6));
    }

    @Test
    void onAnFctpInstanceItMatchesEveryTonneAndCostsTheFctpObjective() {
        ObjectNode instance = new FctpInstanceGenerator(3).generateWithCostRatio(5, 0.2);
        Network network = NetworkBuilder.build(ProblemReader.read(
                new ByteArrayInputStream(JSON.writeValueAsBytes(instance)))).network();
        NetworkMip.Result mip = NetworkMip.solve(network, null, LIMIT);

        assertThat(mip.optimal()).isTrue();
        double fctpObjective = 0;
        for (Arc arc : network.arcs()) {
            double tonnes = mip.flows().tonnes(arc.index());
            if (tonnes > Network.EPSILON_TONNES) {
                fctpObjective += arc.km() * tonnes + arc.fixedCost();
            }
        }
        for (int d = 0; d < network.demandCount(); d++) {
            assertThat(network.received(mip.flows(), d)).isCloseTo(network.demandTonnes(d), within(1e-6));
        }
        assertThat(mip.cost()).isCloseTo(fctpObjective, within(1e-6));
    }
}
