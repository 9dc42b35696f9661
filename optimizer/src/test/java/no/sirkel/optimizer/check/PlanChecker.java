package no.sirkel.optimizer.check;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optimizer's own validator: checks a plan against its problem by recomputing everything from the contract,
 * independently of the solver. Version 1 (optimizer-problem-v1): eligibility of every match (material, class,
 * windows, haul limits, distance), supply and demand capacities, each match's km, truck trips, cost and CO2, the
 * disposals and virgin deliveries as the remainders at the cheapest eligible site or source (or null with the
 * penalty), every totals field, the baseline, the lower bound and the gap. Version 2 (a problem with
 * {@code parameters.horizon}): see {@link TimedPlanAudit}, which recomputes everything from the plan's flows.
 *
 * <p>Numbers must agree within a relative tolerance of 1e-6 (absolute 1e-6 near zero). Each violation names the
 * field, e.g. {@code matches[2].km is 31.2, expected 31.5}. An empty list means the plan is valid.
 */
public final class PlanChecker {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlanChecker() {
    }

    /** Checks only the problem against the contract's field rules. */
    public static List<Violation> checkProblem(JsonNode problem) {
        List<Violation> violations = new ArrayList<>();
        ContractProblem.read(problem, violations);
        return violations;
    }

    /**
     * Checks a plan against its problem. Where the problem itself breaks the contract, returns the problem's
     * violations only, as nothing in the plan can be judged against it.
     */
    public static List<Violation> check(JsonNode problem, JsonNode plan) {
        List<Violation> violations = new ArrayList<>();
        ContractProblem contractProblem = ContractProblem.read(problem, violations);
        if (!violations.isEmpty()) {
            return violations;
        }
        if (TimedProblem.isTimed(problem)) {
            TimedProblem timedProblem = TimedProblem.read(contractProblem, problem, violations);
            return violations.isEmpty() ? new TimedPlanAudit(timedProblem, plan).run() : violations;
        }
        return check(contractProblem, plan);
    }

    /** Checks a plan against a problem already read (and found valid) with {@link ContractProblem#read}. */
    public static List<Violation> check(ContractProblem problem, JsonNode plan) {
        return new PlanAudit(problem, plan).run();
    }

    /** Reads both documents as JSON and checks them; a document that is not JSON is one violation. */
    public static List<Violation> check(InputStream problem, InputStream plan) {
        JsonNode problemTree;
        JsonNode planTree;
        try {
            problemTree = JSON.readTree(problem);
        } catch (JacksonException e) {
            return List.of(new Violation("problem", "is not valid JSON: " + e.getOriginalMessage()));
        }
        try {
            planTree = JSON.readTree(plan);
        } catch (JacksonException e) {
            return List.of(new Violation("plan", "is not valid JSON: " + e.getOriginalMessage()));
        }
        return check(problemTree, planTree);
    }
}
