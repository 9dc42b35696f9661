package no.sirkel.optimizer.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The checker on format version 2: the contract's examples with their known optimal plans made by hand (it must
 * compute exactly the known optimal cost from their flows), and one broken plan for each kind of violation.
 */
class TimedPlanCheckerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JAN = "2027-01-01";
    private static final String FEB = "2027-02-01";
    private static final String MAR = "2027-03-01";
    private static final String CRUSHED = "CRUSHED_ROCK";

    @Test
    void acceptsTheHandMadeOptimalPlanOfExampleAInEveryField() {
        assertThat(violations(problem("A"), planA())).isEmpty();
    }

    @Test
    void acceptsTheReadmesWorkedExampleWithItsHandComputedOptimumOf323000() {
        ObjectNode plan = read("/plans/v2/worked-example.json");

        assertThat(violations(problem("worked-example"), plan)).isEmpty();
        assertThat(plan.at("/totals/cost").doubleValue()).isEqualTo(323_000);
    }

    @Test
    void computesTheKnownOptimumOfExampleA() {
        assertOptimal("A", 116_200, List.of(
                toHub(JAN, 2800, CRUSHED, true), disposal("S1", JAN, 300), fromHub("D1", MAR, 2800, CRUSHED)));
    }

    @Test
    void computesTheKnownOptimumOfExampleA2WhereTheHubsCapacityBinds() {
        assertOptimal("A2", 224_200, List.of(toHub(JAN, 2000, CRUSHED, true), disposal("S1", JAN, 1100),
                fromHub("D1", MAR, 2000, CRUSHED), virgin("D1", MAR, 800)));
    }

    @Test
    void computesTheKnownOptimumOfExampleA3WhereTheCandidateHubOpens() {
        assertOptimal("A3", 166_200, List.of(
                toHub(JAN, 2800, CRUSHED, true), disposal("S1", JAN, 300), fromHub("D1", MAR, 2800, CRUSHED)));
    }

    @Test
    void computesTheKnownOptimumOfExampleA4WhereTheCandidateHubStaysShut() {
        assertOptimal("A4", 494_000, List.of(disposal("S1", JAN, 3100), virgin("D1", MAR, 2800)));
    }

    @Test
    void computesTheKnownOptimumOfExampleEWhereTheLandfillCapacityBinds() {
        double january = 3100.0 * 31 / 90;
        assertOptimal("E", 249_000, List.of(flow("DISPOSAL", "S1", "L1", JAN, 1000),
                flow("DISPOSAL", "S1", "L2", JAN, january - 1000), flow("DISPOSAL", "S1", "L2", FEB, 3100.0 * 28 / 90),
                flow("DISPOSAL", "S1", "L2", MAR, 3100.0 * 31 / 90)));
    }

    @Test
    void computesTheKnownOptimumOfExampleFWhereTheQuarryCapacityBinds() {
        assertOptimal("F", 466_000, List.of(virgin("D1", FEB, 600)));
    }

    @Test
    void computesTheKnownOptimumOfExampleGFromDayCountReleases() {
        double month31 = 3000.0 * 31 / 90;
        double february = 3000.0 * 28 / 90;
        assertOptimal("G", 250_766.67, List.of(disposal("S1", JAN, month31), match(FEB, february),
                virgin("D1", FEB, 2000 - february), disposal("S1", MAR, month31)));
    }

    @Test
    void computesTheKnownOptimumOfExampleG2WhereJanuarysReleaseWaitsAtTheHub() {
        double month31 = 3000.0 * 31 / 90;
        double february = 3000.0 * 28 / 90;
        assertOptimal("G2", 101_133.33, List.of(toHub(JAN, month31, "SAND", false), match(FEB, february),
                fromHub("D1", FEB, month31, "SAND"), virgin("D1", FEB, 2000 - february - month31),
                disposal("S1", MAR, month31)));
    }

    @Test
    void computesTheKnownOptimumOfExampleHInIsoWeeks() {
        assertOptimal("H", 25_100, List.of(disposal("S1", JAN, 300), match("2027-01-04", 700)));
    }

    @Test
    void computesTheKnownOptimumOfExampleIWhichDrawsOnTheInitialStock() {
        assertOptimal("I", 110_800, List.of(fromHub("D2", JAN, 500, CRUSHED), toHub(JAN, 3100, CRUSHED, true),
                fromHub("D1", MAR, 2800, CRUSHED)));
    }

    @Test
    void reportsASupplySendingMoreThanItReleasesInAPeriod() {
        ObjectNode plan = planA();
        flowAt(plan, 1).put("tonnes", 400.0);

        assertThat(violations(problem("A"), plan))
                .contains("flows S1 sends 3200 t in 2027-01-01, more than its release 3100");
    }

    @Test
    void reportsADemandReceivingMoreThanItNeedsInAPeriod() {
        ObjectNode plan = planA();
        flows(plan).add(virgin("D1", MAR, 100));

        assertThat(violations(problem("A"), plan))
                .contains("flows D1 receives 2900 t in 2027-03-01, more than its need 2800");
    }

    @Test
    void reportsHubStockFallingBelowZero() {
        ObjectNode plan = planA();
        flows(plan).add(flow("DISPOSAL", "H1", "L1", FEB, 3000).put("material", CRUSHED).put("contaminationClass", 1));

        assertThat(violations(problem("A"), plan)).contains(
                "flows H1 holds -200 t of CRUSHED_ROCK class 1 at the end of 2027-02-01: stock must not fall below 0");
    }

    @Test
    void reportsHubStockAboveItsCapacity() {
        assertThat(violations(problem("A2"), planA()))
                .contains("flows H1 holds 2800 t at the end of 2027-01-01, more than its capacity 2000");
    }

    @Test
    void reportsAHubLeftHoldingMoreThanItBeganWith() {
        ObjectNode plan = planA();
        flows(plan).remove(2);

        assertThat(violations(problem("A"), plan))
                .contains("flows H1 ends with 2800 t of CRUSHED_ROCK class 1, more than the 0 t it began with");
    }

    @Test
    void reportsALandfillTakingMoreThanItsCapacity() {
        ObjectNode problem = problem("A");
        ((ObjectNode) problem.at("/disposalSites/0")).put("capacityTonnes", 200);

        assertThat(violations(problem, planA())).contains("flows L1 takes 300 t, more than its capacity 200");
    }

    @Test
    void reportsAQuarrySellingMoreThanItsCapacity() {
        ObjectNode plan = planA();
        flows(plan).add(virgin("D1", MAR, 0.0001));
        ObjectNode problem = problem("A");
        ((ObjectNode) problem.at("/virginSources/0")).put("capacityTonnes", 0.00005);

        assertThat(violations(problem, plan)).anyMatch(v -> v.startsWith("flows Q1 sells 0.0001 t, more than"));
    }

    @Test
    void reportsAMatchOfAMaterialTheDemandDoesNotAccept() {
        ObjectNode plan = planA();
        flows(plan).add(match(MAR, 10));

        assertThat(violations(problem("A"), plan)).contains("flows[3] D1 does not accept BLASTED_ROCK");
    }

    @Test
    void reportsAContaminationClassAboveTheHubsLimit() {
        ObjectNode problem = problem("A");
        ((ObjectNode) problem.at("/supplies/0")).put("contaminationClass", 3);

        assertThat(violations(problem, planA())).contains("flows[0] class 3 is above H1's maximum 2");
    }

    @Test
    void reportsStockStoredAsAMaterialTheHubDoesNotMakeOfIt() {
        ObjectNode plan = planA();
        flowAt(plan, 0).put("processed", false);

        assertThat(violations(problem("A"), plan)).contains("flows[0].material is 'CRUSHED_ROCK', but H1 stores "
                + "BLASTED_ROCK as is or processed into CRUSHED_ROCK");
    }

    @Test
    void reportsAHaulAboveTheLimit() {
        ObjectNode problem = problem("A");
        ((ObjectNode) problem.get("parameters")).put("maxHaulKm", 5);

        assertThat(violations(problem, planA())).contains("flows[0].km is 10, above the haul limit for S1 → H1");
    }

    @Test
    void reportsAWrongKm() {
        ObjectNode plan = planA();
        flowAt(plan, 1).put("km", 12.0);

        assertThat(violations(problem("A"), plan)).containsExactly("flows[1].km is 12, expected 10");
    }

    @Test
    void reportsAFlowInNoPeriod() {
        ObjectNode plan = planA();
        flowAt(plan, 1).put("period", "2027-01-15");

        assertThat(violations(problem("A"), plan)).contains("flows[1].period is '2027-01-15', not the first day of a period");
    }

    @Test
    void reportsTheOpeningCostOfACandidateHubThePlanUses() {
        assertThat(violations(problem("A3"), planA()))
                .contains("totals.openingCost is 0, expected 50000", "totals.cost is 116200, expected 166200");
    }

    @Test
    void reportsACandidateHubNotMarkedOpened() {
        ObjectNode plan = planA();
        ((ObjectNode) plan.at("/hubs/0")).put("opened", false);

        assertThat(violations(problem("A"), plan)).containsExactly("hubs[0].opened is false, expected true");
    }

    @Test
    void reportsAWrongCostPart() {
        ObjectNode plan = planA();
        ((ObjectNode) plan.get("totals")).put("handlingCost", 28_000.0);

        assertThat(violations(problem("A"), plan)).containsExactly("totals.handlingCost is 28000, expected 42000");
    }

    @Test
    void reportsWrongTruckTripsAndReuseRate() {
        ObjectNode plan = planA();
        ((ObjectNode) plan.get("totals")).put("truckTrips", 347).put("reuseRate", 1.0);

        assertThat(violations(problem("A"), plan)).containsExactly("totals.reuseRate is 1, expected 0.9032258065",
                "totals.truckTrips is 347, expected 348");
    }

    @Test
    void reportsUnmetNeedThePlanDoesNotList() {
        ObjectNode plan = planA();
        flowAt(plan, 2).put("tonnes", 2700.0);

        assertThat(violations(problem("A"), plan)).contains("unmet lacks D1 @ 2027-03-01: 100 t");
    }

    @Test
    void reportsUnplacedTonnesThatAreNot() {
        ObjectNode plan = planA();
        ((ArrayNode) plan.get("unplaced")).addObject().put("supply", "S1").put("period", JAN).put("tonnes", 5.0);

        assertThat(violations(problem("A"), plan)).containsExactly("unplaced[0].tonnes is 5, expected 0");
    }

    @Test
    void reportsAWrongHubStockLevel() {
        ObjectNode plan = planA();
        ((ObjectNode) plan.at("/hubs/0/stock/1")).put("tonnes", 0.0);

        assertThat(violations(problem("A"), plan)).containsExactly("hubs[0].stock[1].tonnes is 0, expected 2800");
    }

    @Test
    void reportsADisposalListThatDoesNotSumTheFlows() {
        ObjectNode plan = planA();
        ((ObjectNode) plan.at("/disposals/0")).put("tonnes", 250.0);

        assertThat(violations(problem("A"), plan)).containsExactly("disposals[0].tonnes is 250, expected 300");
    }

    @Test
    void reportsAWrongBaseline() {
        ObjectNode plan = planA();
        ((ObjectNode) plan.get("baseline")).put("cost", 400_000.0);

        assertThat(violations(problem("A"), plan)).containsExactly("baseline.cost is 400000, expected 494000");
    }

    @Test
    void reportsALowerBoundAboveThePlansCost() {
        ObjectNode plan = planA();
        plan.put("lowerBound", 120_000.0);

        assertThat(violations(problem("A"), plan)).contains("lowerBound is 120000, above the plan's cost 116200");
    }

    @Test
    void reportsPeriodsThatAreNotTheProblems() {
        ObjectNode plan = planA();
        ((ArrayNode) plan.get("periods")).remove(2);

        assertThat(violations(problem("A"), plan))
                .containsExactly("periods is [2027-01-01, 2027-02-01], expected [2027-01-01, 2027-02-01, 2027-03-01]");
    }

    /** The flows' cost is the known optimum, and they break no balance, capacity or eligibility rule. */
    private static void assertOptimal(String example, double optimalCost, List<ObjectNode> flows) {
        ObjectNode problem = problem(example);
        List<Violation> violations = new ArrayList<>();
        TimedProblem timed = TimedProblem.read(ContractProblem.read(problem, violations), problem, violations);
        ObjectNode plan = JSON.createObjectNode();
        plan.putArray("flows").addAll(flows);
        TimedPlanAudit audit = new TimedPlanAudit(timed, plan);

        List<String> flowViolations = audit.run().stream().map(Violation::toString)
                .filter(violation -> violation.startsWith("flows")).toList();

        assertThat(violations).isEmpty();
        assertThat(flowViolations).isEmpty();
        assertThat(audit.cost()).isCloseTo(optimalCost, within(0.01));
    }

    private static List<String> violations(JsonNode problem, JsonNode plan) {
        return PlanChecker.check(problem, plan).stream().map(Violation::toString).toList();
    }

    private static ObjectNode flow(String kind, String from, String to, String period, double tonnes) {
        ObjectNode flow = JSON.createObjectNode().put("kind", kind).put("from", from).put("to", to)
                .put("period", period);
        return flow.put("tonnes", tonnes).put("km", 10.0);
    }

    private static ObjectNode match(String period, double tonnes) {
        return flow("MATCH", "S1", "D1", period, tonnes);
    }

    private static ObjectNode disposal(String supply, String period, double tonnes) {
        return flow("DISPOSAL", supply, "L1", period, tonnes);
    }

    private static ObjectNode virgin(String demand, String period, double tonnes) {
        return flow("VIRGIN", "Q1", demand, period, tonnes);
    }

    private static ObjectNode toHub(String period, double tonnes, String material, boolean processed) {
        return flow("TO_HUB", "S1", "H1", period, tonnes).put("material", material).put("contaminationClass", 1)
                .put("processed", processed);
    }

    private static ObjectNode fromHub(String demand, String period, double tonnes, String material) {
        return flow("FROM_HUB", "H1", demand, period, tonnes).put("material", material).put("contaminationClass", 1);
    }

    private static ArrayNode flows(ObjectNode plan) {
        return (ArrayNode) plan.get("flows");
    }

    private static ObjectNode flowAt(ObjectNode plan, int index) {
        return (ObjectNode) flows(plan).get(index);
    }

    static ObjectNode problem(String name) {
        return read("/problems/v2/" + name + ".json");
    }

    private static ObjectNode planA() {
        return read("/plans/v2/A.json");
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = TimedPlanCheckerTest.class.getResourceAsStream(resource)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
