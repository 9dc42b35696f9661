package no.sirkel.optimizer.check;

import static no.sirkel.optimizer.check.PlanFixtures.at;
import static no.sirkel.optimizer.check.PlanFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ContractProblemTest {

    private static List<String> problemViolations(ObjectNode problem) {
        return PlanChecker.checkProblem(problem).stream().map(Violation::toString).toList();
    }

    private static ContractProblem read(ObjectNode problem) {
        List<Violation> violations = new ArrayList<>();
        ContractProblem contractProblem = ContractProblem.read(problem, violations);
        assertThat(violations).isEmpty();
        return contractProblem;
    }

    @Test
    void acceptsTheHandMadeProblem() {
        assertThat(problemViolations(problem())).isEmpty();
    }

    @Test
    void measuresUnroutedPairsAlongTheGreatCircleTimesTheRoadFactor() {
        ObjectNode problem = problem();
        at(problem, "/supplies/0").put("lat", 63.0).put("lon", 10.0);
        at(problem, "/demands/1").put("lat", 64.0).put("lon", 10.0);
        ContractProblem contractProblem = read(problem);
        // One degree of latitude on a sphere of radius 6371.0088 km is 111.19508 km; × roadFactor 1.3.
        assertThat(contractProblem.km(contractProblem.supplies().get(0), contractProblem.demands().get(1))
                .getAsDouble()).isCloseTo(144.5536043, within(1e-6));
    }

    @Test
    void prefersTheListedRouteToTheGreatCircle() {
        ObjectNode problem = problem();
        at(problem, "/supplies/0").put("lat", 63.0).put("lon", 10.0);
        at(problem, "/demands/0").put("lat", 64.0).put("lon", 10.0);
        ContractProblem contractProblem = read(problem);
        assertThat(contractProblem.km(contractProblem.supplies().get(0), contractProblem.demands().get(0))
                .getAsDouble()).isEqualTo(30.0);
    }

    @Test
    void countsEligiblePairs() {
        // S1 → D1 and S2 → D2 only: S2 → D1 breaks D1's class limit; the rest have no distance or material.
        assertThat(read(problem()).countEligiblePairs()).isEqualTo(2);
    }

    @Test
    void findsTheCheapestDisposalAndVirginCostPerTonne() {
        ContractProblem problem = read(problem());
        assertThat(problem.disposal(problem.supplies().get(0)).costPerTonne()).isEqualTo(340.0);
        assertThat(problem.disposal(problem.supplies().get(2)).isPenalty()).isTrue();
        assertThat(problem.virgin(problem.demands().get(0)).costPerTonne()).isEqualTo(174.0);
    }

    @Test
    void refusesParametersOutsideTheirRanges() {
        ObjectNode problem = problem();
        at(problem, "/parameters").put("objective", "SPEED").put("roadFactor", 0.9).put("maxHaulKm", 0)
                .put("truckPayloadTonnes", 0).put("costPerTonneKm", -1);
        assertThat(problemViolations(problem)).containsExactly(
                "parameters.objective is 'SPEED', must be COST or TONNE_KM",
                "parameters.costPerTonneKm is -1, must be ≥ 0",
                "parameters.roadFactor is 0.9, must be ≥ 1",
                "parameters.maxHaulKm is 0, must be > 0 or null",
                "parameters.truckPayloadTonnes is 0, must be > 0");
    }

    @Test
    void refusesBadClassesDatesCoordinatesAndMaterials() {
        ObjectNode problem = problem();
        at(problem, "/supplies/0").put("contaminationClass", 6).put("availableFrom", "2027-07-01").put("lat", 95)
                .put("lon", 10);
        at(problem, "/demands/0").putArray("accepts");
        at(problem, "/supplies/1").put("availableTo", "01.07.2027");
        assertThat(problemViolations(problem)).containsExactly(
                "supplies[0].lat is 95, must be within −90..90",
                "supplies[0].contaminationClass is 6, must be 1..5 or null",
                "supplies[0].availableFrom is 2027-07-01, after supplies[0].availableTo 2027-06-30",
                "supplies[1].availableTo is '01.07.2027', not an ISO date (yyyy-mm-dd)",
                "demands[0].accepts must be a non-empty list of material codes");
    }

    @Test
    void refusesRoutesToUnknownIdsAndRepeatedRoutes() {
        ObjectNode problem = problem();
        problem.withArray("routes").addObject().put("from", "S1").put("to", "D9").put("km", 3);
        problem.withArray("routes").addObject().put("from", "S1").put("to", "D1").put("km", -2);
        assertThat(problemViolations(problem)).containsExactly(
                "routes[11].to is 'D9', which is no id in the problem",
                "routes[12].km is -2, must be ≥ 0",
                "routes[12] repeats the route S1 → D1");
    }
}
