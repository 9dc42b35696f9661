package no.sirkel.optimizer.check;

import static no.sirkel.optimizer.check.PlanFixtures.at;
import static no.sirkel.optimizer.check.PlanFixtures.plan;
import static no.sirkel.optimizer.check.PlanFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class PlanCheckerTest {

    private static List<String> violations(JsonNode problem, JsonNode plan) {
        return PlanChecker.check(problem, plan).stream().map(Violation::toString).toList();
    }

    @Test
    void acceptsAPlanThatFollowsTheContract() {
        assertThat(violations(problem(), plan())).isEmpty();
    }

    @Test
    void acceptsTheSameDocumentsFromStreams() {
        assertThat(PlanChecker.check(
                new ByteArrayInputStream(PlanFixtures.PROBLEM.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(PlanFixtures.PLAN.getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void reportsAPlanThatIsNotJson() {
        assertThat(PlanChecker.check(
                new ByteArrayInputStream(PlanFixtures.PROBLEM.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream("{\"matches\": [".getBytes(StandardCharsets.UTF_8))))
                .singleElement().extracting(Violation::field).isEqualTo("plan");
    }

    @Test
    void toleratesRoundingNoiseBelowOnePartInAMillion() {
        ObjectNode plan = plan();
        at(plan, "/matches/0").put("cost", 36500.01);
        double noisyCost = 30243500 * (1 + 5e-7);
        at(plan, "/totals").put("cost", noisyCost);
        plan.put("gapPercent", 100 * (noisyCost - 30200000) / 30200000);
        assertThat(violations(problem(), plan)).isEmpty();
    }

    @Test
    void reportsAWrongMatchKmAndWhatFollowsFromIt() {
        ObjectNode plan = plan();
        at(plan, "/matches/0").put("km", 31.2);
        assertThat(violations(problem(), plan)).containsExactly("matches[0].km is 31.2, expected 30");
    }

    @Test
    void reportsWrongMatchTripsCostAndCo2() {
        ObjectNode plan = plan();
        at(plan, "/matches/1").put("truckTrips", 49).put("cost", 10000).put("co2Kg", 450);
        assertThat(violations(problem(), plan)).containsExactly(
                "matches[1].truckTrips is 49, expected 50",
                "matches[1].cost is 10000, expected 11000",
                "matches[1].co2Kg is 450, expected 500");
    }

    @Test
    void reportsAMatchWhoseClassIsAboveTheDemandsMaximum() {
        ObjectNode plan = plan();
        at(plan, "/matches/1").put("demand", "D1");
        assertThat(violations(problem(), plan))
                .contains("matches[1] S2 → D1 is not an eligible pair: class 3 is above D1's maximum 2");
    }

    @Test
    void reportsAMatchOfAMaterialTheDemandDoesNotAccept() {
        ObjectNode problem = problem();
        at(problem, "/demands/0").putArray("accepts").add("SAND");
        assertThat(violations(problem, plan()))
                .contains("matches[0] S1 → D1 is not an eligible pair: D1 does not accept CLAY");
    }

    @Test
    void reportsAMatchWhoseWindowsDoNotOverlap() {
        ObjectNode problem = problem();
        at(problem, "/demands/0").put("neededFrom", "2027-07-01");
        assertThat(violations(problem, plan())).contains("matches[0] S1 → D1 is not an eligible pair: "
                + "D1 is needed from 2027-07-01, after S1 is available to 2027-06-30");
    }

    @Test
    void reportsAMatchBeyondTheDemandsHaulLimit() {
        ObjectNode problem = problem();
        at(problem, "/demands/0").put("maxHaulKm", 25);
        assertThat(violations(problem, plan()))
                .contains("matches[0] S1 → D1 is not an eligible pair: km 30 is above D1's maxHaulKm 25");
    }

    @Test
    void reportsAMatchBeyondTheProblemsHaulLimit() {
        ObjectNode problem = problem();
        at(problem, "/parameters").put("maxHaulKm", 20);
        assertThat(violations(problem, plan()))
                .contains("matches[0] S1 → D1 is not an eligible pair: km 30 is above parameters.maxHaulKm 20");
    }

    @Test
    void reportsAMatchBetweenPlacesWithNoDistance() {
        ObjectNode problem = problem();
        ((ArrayNode) problem.get("routes")).remove(0);
        assertThat(violations(problem, plan()))
                .contains("matches[0] S1 → D1 is not an eligible pair: no route and no positions give a distance");
    }

    @Test
    void reportsUnknownIdsAndRepeatedPairs() {
        ObjectNode plan = plan();
        ArrayNode matches = (ArrayNode) plan.get("matches");
        matches.add(matches.get(0).deepCopy());
        matches.addObject().put("supply", "S9").put("demand", "D1").put("tonnes", 1).put("km", 1)
                .put("truckTrips", 1).put("cost", 1).put("co2Kg", 1);
        assertThat(violations(problem(), plan)).contains(
                "matches[2] repeats the pair S1 → D1 of matches[0]",
                "matches[3].supply is 'S9', which is no supply of the problem");
    }

    @Test
    void reportsAMatchWithoutTonnes() {
        ObjectNode plan = plan();
        at(plan, "/matches/0").put("tonnes", 0);
        assertThat(violations(problem(), plan))
                .contains("matches[0].tonnes is 0, must be > 0 (matches list only pairs that carry tonnes)");
    }

    @Test
    void reportsASupplySendingMoreThanItHas() {
        ObjectNode plan = plan();
        at(plan, "/matches/1").put("tonnes", 600).put("truckTrips", 60).put("cost", 13000).put("co2Kg", 600);
        assertThat(violations(problem(), plan)).contains("matches send 600 t from S2, more than its 500 t");
    }

    @Test
    void reportsADemandReceivingMoreThanItNeeds() {
        ObjectNode problem = problem();
        at(problem, "/demands/0").put("tonnes", 500);
        assertThat(violations(problem, plan())).contains("matches deliver 600 t to D1, more than its 500 t");
    }

    @Test
    void reportsADisposalAtASiteThatIsNotTheCheapest() {
        ObjectNode plan = plan();
        at(plan, "/disposals/0").put("site", "L1").put("km", 5);
        assertThat(violations(problem(), plan)).contains(
                "disposals[0].site is 'L1', not the cheapest eligible disposal site L2 at 340 per tonne");
    }

    @Test
    void reportsADisposalAtASiteThatCannotTakeTheSupply() {
        ObjectNode problem = problem();
        at(problem, "/supplies/0").put("contaminationClass", 3);
        ObjectNode plan = plan();
        at(plan, "/disposals/0").put("site", "L1").put("km", 5);
        assertThat(violations(problem, plan))
                .contains("disposals[0].site is 'L1', which cannot serve S1: class 3 is above L1's maximum 2");
    }

    @Test
    void reportsADisposalWithTheWrongTonnesOrKm() {
        ObjectNode plan = plan();
        at(plan, "/disposals/0").put("tonnes", 350).put("km", 21);
        assertThat(violations(problem(), plan)).contains(
                "disposals[0].tonnes is 350, expected 400 (S1's tonnes less its matches)",
                "disposals[0].km is 21, expected 20");
    }

    @Test
    void reportsAMissingDisposal() {
        ObjectNode plan = plan();
        ((ArrayNode) plan.get("disposals")).remove(0);
        assertThat(violations(problem(), plan)).contains("disposals has no entry for S1, which has 400 t left over");
    }

    @Test
    void reportsASiteWhereThePenaltyApplies() {
        ObjectNode plan = plan();
        at(plan, "/disposals/1").put("site", "L2").put("km", 1);
        assertThat(violations(problem(), plan)).contains("disposals[1].site is 'L2', expected null: "
                + "no disposal site is eligible for S3, so the penalty applies");
    }

    @Test
    void reportsAPenaltyWhereASiteIsEligible() {
        ObjectNode plan = plan();
        at(plan, "/disposals/0").putNull("site").putNull("km");
        assertThat(violations(problem(), plan)).contains(
                "disposals[0].site is null, expected L2, the cheapest eligible disposal site at 340 per tonne");
    }

    @Test
    void reportsAVirginDeliveryFromTheWrongSourceOrWithMissingTonnes() {
        ObjectNode plan = plan();
        at(plan, "/virginDeliveries/0").put("tonnes", 200);
        at(plan, "/virginDeliveries/1").put("source", "Q1").put("km", 3);
        assertThat(violations(problem(), plan)).contains(
                "virginDeliveries[0].tonnes is 200, expected 300 (D2's tonnes less its matches)",
                "virginDeliveries[1].source is 'Q1', expected null: "
                        + "no virgin source is eligible for D3, so the penalty applies");
    }

    @Test
    void reportsEveryWrongTotalsField() {
        ObjectNode plan = plan();
        at(plan, "/totals").put("transportCost", 1).put("fixedCost", 2).put("disposalCost", 3).put("virginCost", 4)
                .put("penaltyCost", 5).put("tonneKm", 6).put("co2Kg", 7).put("truckTrips", 8).put("reusedTonnes", 9)
                .put("reuseRate", 0.5);
        assertThat(violations(problem(), plan)).containsExactly(
                "totals.transportCost is 1, expected 77000",
                "totals.fixedCost is 2, expected 1500",
                "totals.disposalCost is 3, expected 120000",
                "totals.virginCost is 4, expected 45000",
                "totals.penaltyCost is 5, expected 30000000",
                "totals.cost is 30243500, but its parts add up to 15",
                "totals.tonneKm is 6, expected 38500",
                "totals.co2Kg is 7, expected 3850",
                "totals.truckTrips is 8, expected 210",
                "totals.reusedTonnes is 9, expected 1100",
                "totals.reuseRate is 0.5, expected 0.6470588235");
    }

    @Test
    void reportsATotalCostThatIsNotTheFormulas() {
        ObjectNode plan = plan();
        at(plan, "/totals").put("cost", 30243600);
        assertThat(violations(problem(), plan)).containsExactly(
                "totals.cost is 30243600, expected 30243500",
                "totals.cost is 30243600, but its parts add up to 30243500",
                "gapPercent is 0.1440397351, expected 0.1443708609");
    }

    @Test
    void reportsAWrongBaseline() {
        ObjectNode plan = plan();
        at(plan, "/baseline").put("cost", 30000000).put("tonneKm", 51000).put("co2Kg", 5100).put("truckTrips", 319);
        assertThat(violations(problem(), plan)).containsExactly(
                "baseline.cost is 30000000, expected 30762400",
                "baseline.tonneKm is 51000, expected 51200",
                "baseline.co2Kg is 5100, expected 5120",
                "baseline.truckTrips is 319, expected 320");
    }

    @Test
    void reportsALowerBoundAboveTheCost() {
        ObjectNode plan = plan();
        plan.put("lowerBound", 30250000).put("gapPercent", 100.0 * (30243500 - 30250000) / 30250000);
        assertThat(violations(problem(), plan)).containsExactly(
                "lowerBound is 30250000, above the plan's cost 30243500");
    }

    @Test
    void reportsAGreedyCostBelowTheLowerBound() {
        ObjectNode plan = plan();
        at(plan, "/greedy").put("cost", 30000000);
        assertThat(violations(problem(), plan)).containsExactly(
                "greedy.cost is 30000000, below the lowerBound 30200000");
    }

    @Test
    void reportsAWrongGap() {
        ObjectNode plan = plan();
        plan.put("gapPercent", 0.15);
        assertThat(violations(problem(), plan)).containsExactly("gapPercent is 0.15, expected 0.1440397351");
    }

    @Test
    void reportsMissingFieldsAndAForeignProblemName() {
        ObjectNode plan = plan();
        plan.put("problem", "other");
        plan.remove("baseline");
        plan.putNull("virginDeliveries");
        at(plan, "/matches/0").remove("co2Kg");
        assertThat(violations(problem(), plan)).containsExactly(
                "problem is 'other', expected 'hand-made'",
                "virginDeliveries is missing",
                "matches[0].co2Kg is missing",
                "virginDeliveries has no entry for D2, which has 300 t left over",
                "virginDeliveries has no entry for D3, which has 100 t left over",
                "baseline is missing");
    }

    @Test
    void reportsTheProblemsOwnViolationsInsteadOfJudgingThePlan() {
        ObjectNode problem = problem();
        at(problem, "/supplies/1").put("tonnes", -5);
        at(problem, "/demands/2").put("id", "D2");
        assertThat(violations(problem, plan())).containsExactly(
                "supplies[1].tonnes is -5, must be > 0",
                "demands[2].id 'D2' is already the id of demands[1]",
                "routes[10].to is 'D3', which is no id in the problem");
    }

    @Test
    void checksTonneKmObjectiveWithoutFeesPricesOrFixedCosts() {
        ObjectNode problem = problem();
        at(problem, "/parameters").put("objective", "TONNE_KM");
        ObjectNode plan = plan();
        // c = 1 and no fees: S1's nearest site is now L1 (5 km); match costs are km × tonnes.
        at(plan, "/matches/0").put("cost", 18000);
        at(plan, "/matches/1").put("cost", 5000);
        at(plan, "/disposals/0").put("site", "L1").put("km", 5);
        double cost = 18000 + 5000 + 2000 + 7500 + 30000000;
        at(plan, "/totals").put("cost", cost).put("transportCost", 32500).put("fixedCost", 0).put("disposalCost", 0)
                .put("virginCost", 0).put("tonneKm", 32500).put("co2Kg", 3250);
        double baseline = 5000 + 4000 + 20000000 + 7200 + 20000 + 10000000;
        at(plan, "/baseline").put("cost", baseline).put("tonneKm", 36200).put("co2Kg", 3620);
        plan.put("lowerBound", 30000000).put("gapPercent", 100 * (cost - 30000000) / 30000000);
        at(plan, "/greedy").put("cost", 30040000);
        assertThat(violations(problem, plan)).isEmpty();
    }
}
