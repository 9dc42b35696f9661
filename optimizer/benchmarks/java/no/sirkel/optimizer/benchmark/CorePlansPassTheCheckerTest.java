package no.sirkel.optimizer.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import no.sirkel.optimizer.benchmark.FctpInstanceGenerator.FixedCostLevel;
import no.sirkel.optimizer.bound.LinearRelaxation;
import no.sirkel.optimizer.check.PlanChecker;
import no.sirkel.optimizer.heuristic.Greedy;
import no.sirkel.optimizer.heuristic.SlopeScaling;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.NetworkBuilder;
import no.sirkel.optimizer.network.PreparedProblem;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.PlanBuilder;
import no.sirkel.optimizer.plan.PlanWriter;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.ProblemReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The core's reader accepts the generated problems, and plans built by the core's heuristics pass the independent
 * {@link PlanChecker}: two implementations of the contract that must agree.
 */
class CorePlansPassTheCheckerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void coreReaderAcceptsEveryGeneratedProblem() {
        assertThat(read(new TrondheimProblemGenerator(1).generate(500, 500)).supplies()).hasSize(500);
        assertThat(read(new FctpInstanceGenerator(1).generate(100, 100, FixedCostLevel.MEDIUM)).demands())
                .hasSize(100);
    }

    @Test
    void slopeScalingPlanOnATrondheimProblemPassesTheChecker() {
        assertCorePlanPasses(new TrondheimProblemGenerator(1).generate(50, 100));
    }

    @Test
    void slopeScalingPlanOnAnFctpInstancePassesTheChecker() {
        assertCorePlanPasses(new FctpInstanceGenerator(1).generate(50, 100, FixedCostLevel.HIGH));
    }

    private static Problem read(JsonNode problem) {
        return ProblemReader.read(new ByteArrayInputStream(JSON.writeValueAsBytes(problem)));
    }

    private static void assertCorePlanPasses(JsonNode problemJson) {
        PreparedProblem prepared = NetworkBuilder.build(read(problemJson));
        Flows greedy = Greedy.solve(prepared.network());
        LinearRelaxation.Result relaxation = LinearRelaxation.solve(prepared.network());
        Flows flows = new SlopeScaling(prepared.network()).plain();
        Plan plan = new PlanBuilder(prepared).build(flows, prepared.network().cost(greedy), relaxation.lowerBound(),
                0.1);
        JsonNode planJson = JSON.readTree(PlanWriter.toJson(plan));
        assertThat(PlanChecker.check(problemJson, planJson)).isEmpty();
        assertThat(planJson.get("matches")).isNotEmpty();
    }
}
