package no.sirkel.optimizer.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.NetworkBuilder;
import no.sirkel.optimizer.network.PreparedProblem;
import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.DisposalSite;
import no.sirkel.optimizer.problem.Objective;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.Route;
import no.sirkel.optimizer.problem.Supply;
import no.sirkel.optimizer.problem.VirginSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hand-checked problem. With COST (c = 2 NOK/t·km, fixed 500 per pair unless the route says otherwise):
 * δ(S1) = 50 + 2 × 10 = 70, δ(S2) = 1000 (no site takes material X), ν(D1) = 80 + 2 × 5 = 90, ν(D2) = 2000 (no route
 * from Q1). Arcs: S1→D1 at 40 NOK/t saves 120, S1→D2 at 80 NOK/t saves 1990. The plan sends 700 t S1→D1 and
 * 300 t S1→D2.
 */
class PlanBuilderTest {

    private static final double PAYLOAD = 10;

    @Test
    void listsEveryMatchWithItsKmTripsCostAndCo2() {
        Plan plan = costPlan();

        assertThat(plan.matches()).containsExactly(
                new Plan.Match("S1", "D1", 700, 20, 70, 2 * 20 * 700 + 500, 700 * 20 * 0.1),
                new Plan.Match("S1", "D2", 300, 40, 30, 2 * 40 * 300 + 100, 300 * 40 * 0.1));
    }

    @Test
    void sendsRemaindersToTheChosenFallbackOrNamesNoneWhereThePenaltyApplies() {
        Plan plan = costPlan();

        assertThat(plan.disposals()).containsExactly(new Plan.Disposal("S2", null, 30, null, null, 3L, null));
        assertThat(plan.virginDeliveries()).containsExactly(
                new Plan.VirginDelivery("D1", "Q1", 100, 5.0, 2 * 5 * 100 + 80 * 100.0, 10L, 100 * 5 * 0.1));
    }

    @Test
    void breaksTheCostDownSoThePartsAddUp() {
        Plan.Totals totals = costPlan().totals();

        assertThat(totals.transportCost()).isEqualTo(28_000 + 24_000 + 2 * 5 * 100);
        assertThat(totals.fixedCost()).isEqualTo(600);
        assertThat(totals.disposalCost()).isZero();
        assertThat(totals.virginCost()).isEqualTo(8_000);
        assertThat(totals.penaltyCost()).isEqualTo(30 * 1000);
        assertThat(totals.cost()).isEqualTo(91_600);
    }

    @Test
    void totalsCostEqualsTheNetworksExactCost() {
        PreparedProblem prepared = NetworkBuilder.build(problem(Objective.COST));

        assertThat(new PlanBuilder(prepared).totals(costFlows(prepared)).cost())
                .isCloseTo(prepared.network().cost(costFlows(prepared)), within(1e-6));
    }

    @Test
    void countsTonneKmCo2TripsAndReuseOverEveryFlow() {
        Plan.Totals totals = costPlan().totals();

        assertThat(totals.tonneKm()).isEqualTo(700 * 20 + 300 * 40 + 100 * 5);
        assertThat(totals.co2Kg()).isCloseTo(26_500 * 0.1, within(1e-9));
        assertThat(totals.truckTrips()).isEqualTo(70 + 30 + 3 + 10);
        assertThat(totals.reusedTonnes()).isEqualTo(1000);
        assertThat(totals.reuseRate()).isEqualTo(1000.0 / 1030);
    }

    @Test
    void reportsTheBaselineWithNoMatches() {
        Plan.Baseline baseline = costPlan().baseline();

        assertThat(baseline.cost()).isEqualTo(70 * 1000 + 1000 * 30 + 90 * 800 + 2000 * 300);
        assertThat(baseline.tonneKm()).isEqualTo(1000 * 10 + 800 * 5);
        assertThat(baseline.co2Kg()).isCloseTo(14_000 * 0.1, within(1e-9));
        assertThat(baseline.truckTrips()).isEqualTo(100 + 3 + 80 + 30);
    }

    @Test
    void splitsTheBaselinesMoneyFromItsPenaltyTonnes() {
        Plan.Baseline baseline = costPlan().baseline();

        assertThat(baseline.transportCost()).isEqualTo(2 * 10 * 1000 + 2 * 5 * 800);
        assertThat(baseline.fixedCost()).isZero();
        assertThat(baseline.disposalCost()).isEqualTo(50 * 1000);
        assertThat(baseline.virginCost()).isEqualTo(80 * 800);
        assertThat(baseline.handlingCost()).isZero();
        assertThat(baseline.openingCost()).isZero();
        assertThat(baseline.unplacedTonnes()).as("S2: no landfill takes material X").isEqualTo(30);
        assertThat(baseline.unmetTonnes()).as("D2: no route from the quarry").isEqualTo(300);
        assertThat(baseline.penaltyCost()).isEqualTo(1000 * 30 + 2000 * 300);
        assertThat(baseline.cost()).isEqualTo(baseline.transportCost() + baseline.disposalCost()
                + baseline.virginCost() + baseline.penaltyCost());
    }

    @Test
    void reportsGreedyBoundGapScoreAndTime() {
        Plan plan = costPlan();

        assertThat(plan.problem()).isEqualTo("hand-checked");
        assertThat(plan.greedy().cost()).isEqualTo(95_000);
        assertThat(plan.lowerBound()).isEqualTo(90_000);
        assertThat(plan.gapPercent()).isCloseTo(100.0 * 1600 / 90_000, within(1e-12));
        assertThat(plan.score()).isEqualTo("0hard/-91600soft");
        assertThat(plan.solveSeconds()).isEqualTo(1.5);
    }

    @Test
    void leavesTheGapUndefinedOnlyWhereTheBoundIsZeroAndTheCostIsNot() {
        assertThat(PlanBuilder.gapPercent(0, 0)).isZero();
        assertThat(PlanBuilder.gapPercent(5, 0)).isNull();
        assertThat(PlanBuilder.gapPercent(110, 100)).isCloseTo(10, within(1e-12));
    }

    @Test
    void countsTruckTripsPerFlowRoundedUp() {
        PreparedProblem prepared = NetworkBuilder.build(problem(Objective.COST));
        Flows flows = new Flows(prepared.network().arcCount());
        flows.set(0, 701);

        Plan plan = new PlanBuilder(prepared).build(flows, 0, 0, 0);

        assertThat(plan.matches().get(0).truckTrips()).isEqualTo(71);
        assertThat(plan.disposals()).extracting(Plan.Disposal::tonnes).containsExactly(299.0, 30.0);
    }

    @Test
    void treatsFlowsBelowTheToleranceAsNoMatch() {
        PreparedProblem prepared = NetworkBuilder.build(problem(Objective.COST));
        Flows flows = new Flows(prepared.network().arcCount());
        flows.set(0, 1e-9);

        Plan plan = new PlanBuilder(prepared).build(flows, 0, 0, 0);

        assertThat(plan.matches()).isEmpty();
        assertThat(plan.totals().cost()).isEqualTo(plan.baseline().cost());
    }

    @Test
    void costsTonneKmPlusPenaltiesForTheTonneKmObjective() {
        PreparedProblem prepared = NetworkBuilder.build(problem(Objective.TONNE_KM));
        assertThat(prepared.network().arcs()).extracting(Arc::demand).containsExactly(1);
        Flows flows = new Flows(prepared.network().arcCount());
        flows.set(0, 300);

        Plan plan = new PlanBuilder(prepared).build(flows, 0, 0, 0);

        assertThat(plan.matches()).containsExactly(new Plan.Match("S1", "D2", 300, 40, 30, 40 * 300, 300 * 40 * 0.1));
        assertThat(plan.disposals()).containsExactly(new Plan.Disposal("S1", "L1", 700, 10.0, 7_000.0, 70L, 700.0),
                new Plan.Disposal("S2", null, 30, null, null, 3L, null));
        Plan.Totals totals = plan.totals();
        assertThat(totals.transportCost()).isEqualTo(12_000 + 7_000 + 4_000);
        assertThat(totals.fixedCost()).isZero();
        assertThat(totals.disposalCost()).isZero();
        assertThat(totals.virginCost()).isZero();
        assertThat(totals.penaltyCost()).isEqualTo(30_000);
        assertThat(totals.cost()).isEqualTo(53_000);
        assertThat(totals.tonneKm()).isEqualTo(23_000);
    }

    @Test
    void writesTheFormatsFieldsInTheFormatsOrder() {
        JsonNode json = JsonMapper.builder().build().readTree(PlanWriter.toJson(costPlan()));

        assertThat(new ArrayList<>(json.propertyNames())).containsExactly("problem", "matches", "disposals",
                "virginDeliveries", "totals", "baseline", "greedy", "lowerBound", "gapPercent", "score",
                "solveSeconds");
        assertThat(new ArrayList<>(json.at("/matches/0").propertyNames())).containsExactly("supply", "demand",
                "tonnes", "km", "truckTrips", "cost", "co2Kg");
        assertThat(new ArrayList<>(json.at("/totals").propertyNames())).containsExactly("cost", "transportCost",
                "fixedCost", "disposalCost", "virginCost", "penaltyCost", "tonneKm", "co2Kg", "truckTrips",
                "reusedTonnes", "reuseRate");
        assertThat(json.at("/disposals/0/site").isNull()).isTrue();
        assertThat(json.at("/virginDeliveries/0/source").stringValue()).isEqualTo("Q1");
    }

    private static Plan costPlan() {
        PreparedProblem prepared = NetworkBuilder.build(problem(Objective.COST));
        return new PlanBuilder(prepared).build(costFlows(prepared), 95_000, 90_000, 1.5);
    }

    private static Flows costFlows(PreparedProblem prepared) {
        Flows flows = new Flows(prepared.network().arcCount());
        flows.set(0, 700);
        flows.set(1, 300);
        return flows;
    }

    static Problem problem(Objective objective) {
        Parameters parameters = new Parameters(objective, 2, 0.1, 500, 1.3, null, PAYLOAD, 1000, 2000);
        List<Supply> supplies = List.of(new Supply("S1", null, null, "M", null, 1000, null, null),
                new Supply("S2", null, null, "X", null, 30, null, null));
        List<Demand> demands = List.of(new Demand("D1", null, null, List.of("M"), null, 800, null, null, null),
                new Demand("D2", null, null, List.of("M", "N"), null, 300, null, null, null));
        List<DisposalSite> sites = List.of(new DisposalSite("L1", null, null, List.of("M"), null, 50));
        List<VirginSource> sources = List.of(new VirginSource("Q1", null, null, List.of("M"), 80));
        List<Route> routes = List.of(new Route("S1", "D1", 20, null), new Route("S1", "D2", 40, 100.0),
                new Route("S1", "L1", 10, null), new Route("Q1", "D1", 5, null));
        return new Problem("hand-checked", parameters, supplies, demands, sites, sources, routes);
    }
}
