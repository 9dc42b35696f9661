package no.sirkel.optimizer.timed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.plan.Plan;

class TimedSolverTest {

    static Stream<ContractExamples.Example> examples() {
        return ContractExamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void contractExamplesReachTheirKnownOptimumAboveAProvenBound(ContractExamples.Example example) {
        Plan plan = solve(example.problem(), Duration.ofSeconds(5));

        assertThat(plan.totals().cost()).as(example.name()).isCloseTo(example.optimalCost(), within(0.01));
        assertThat(plan.lowerBound()).as(example.name()).isLessThanOrEqualTo(example.optimalCost() + 1e-6);
    }

    static Plan solve(Problem problem, Duration limit) {
        long start = System.nanoTime();
        return new TimedSolver(null).solve(problem, start, start + limit.toNanos());
    }
}
