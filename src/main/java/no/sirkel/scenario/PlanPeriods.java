package no.sirkel.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.problem.HubStock;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.StorageHub;

/**
 * A plan period by period, and its hubs' stock over time, from the plan's own flows ({@link PlanExports#flows}).
 * Units: tonnes, NOK, kg CO2.
 *
 * @param periods every period of the plan in order (a v1 plan has one, its period null)
 * @param hubs    every storage hub of the problem with its stock at the end of each period (none in a v1 plan)
 */
@Schema(description = "A plan period by period, and its hubs' stock over time")
record PlanPeriods(@Schema(description = "Every period of the plan in order (a plan without periods has one, its "
                           + "period null)")
                   List<PeriodResult> periods,
                   @Schema(description = "Every storage hub of the problem with its stock at the end of each period "
                           + "(none in a plan without periods)")
                   List<Hub> hubs) {

    /**
     * One period's flows.
     *
     * @param period       the period's first day; null in a v1 plan
     * @param tonnesByKind tonnes of each kind: {@code MATCH}, {@code TO_HUB}, {@code FROM_HUB}, {@code DISPOSAL},
     *                     {@code VIRGIN}, and the penalty tonnes {@code UNPLACED} and {@code UNMET}
     * @param cost         the money of the period's flows as the plan prices them: transport, fees and prices; a
     *                     route's fixed cost and a candidate's opening cost are the horizon's, not a period's (v1:
     *                     a match's cost includes its route's fixed cost)
     */
    @Schema(description = "One period's flows")
    record PeriodResult(@Schema(description = "The period's first day, ISO yyyy-mm-dd; null in a plan without periods")
                        LocalDate period,
                        @Schema(description = "Tonnes of each kind of flow: MATCH, TO_HUB, FROM_HUB, DISPOSAL, "
                                + "VIRGIN, and the penalty tonnes UNPLACED and UNMET")
                        Map<String, Double> tonnesByKind,
                        @Schema(description = "The money of the period's flows as the plan prices them (transport, "
                                + "fees and prices), NOK; a route's fixed cost and a candidate's opening cost belong to "
                                + "the horizon, not a period (in a plan without periods a match's cost includes them)")
                        double cost,
                        @Schema(description = "Truck trips of the period's flows") long truckTrips,
                        @Schema(description = "CO2 of the period's transport, kg") double co2Kg) {
    }

    /**
     * @param name           as the reader may see it
     * @param candidate      whether it is one of the scenario's candidate hubs
     * @param opened         true for a registered hub, and for a candidate the plan uses
     * @param capacityTonnes the most it may hold at the end of a period
     * @param initialTonnes  its stock when the horizon begins
     * @param stock          its stock at the end of each period, all materials together
     */
    @Schema(name = "PlanHub", description = "A storage hub's use over a plan's horizon")
    record Hub(@Schema(description = "The hub's id in the problem (a facility id, or a candidate's own id)") String id,
               @Schema(description = "Its name as the reader may see it") String name,
               @Schema(description = "Whether it is one of the scenario's candidate hubs") boolean candidate,
               @Schema(description = "True for a registered hub, and for a candidate the plan uses") boolean opened,
               @Schema(description = "The most it may hold at the end of a period, t") double capacityTonnes,
               @Schema(description = "Its stock when the horizon begins, t") double initialTonnes,
               @Schema(description = "All tonnes taken in over the horizon (TO_HUB), t") double inTonnes,
               @Schema(description = "All tonnes sent out over the horizon (FROM_HUB and the hub's DISPOSAL), t")
               double outTonnes,
               @Schema(description = "Its stock at the end of each period, all materials together")
               List<Plan.StockLevel> stock) {
    }

    private static final List<String> KINDS = List.of("MATCH", "TO_HUB", "FROM_HUB", "DISPOSAL", "VIRGIN",
            "UNPLACED", "UNMET");

    static PlanPeriods of(Problem problem, Plan plan, PlanNames names) {
        Map<LocalDate, List<PlanExports.Flow>> byPeriod = new TreeMap<>();
        if (plan.timed()) {
            plan.periods().forEach(period -> byPeriod.put(period, new ArrayList<>()));
        }
        List<PlanExports.Flow> unperiodised = new ArrayList<>();
        for (PlanExports.Flow flow : PlanExports.flows(problem, plan)) {
            (flow.period() == null ? unperiodised : byPeriod.get(flow.period())).add(flow);
        }
        List<PeriodResult> periods = new ArrayList<>();
        if (!plan.timed()) {
            periods.add(result(null, unperiodised));
        }
        byPeriod.forEach((period, flows) -> periods.add(result(period, flows)));
        List<Hub> hubs = new ArrayList<>();
        if (plan.hubs() != null) {
            Map<String, StorageHub> byId = new LinkedHashMap<>();
            problem.storageHubs().forEach(hub -> byId.put(hub.id(), hub));
            for (Plan.HubUse use : plan.hubs()) {
                StorageHub hub = byId.get(use.hub());
                hubs.add(new Hub(use.hub(), names.place(use.hub()), hub.isCandidate(), use.opened(),
                        hub.capacityTonnes(), hub.initialStock().stream()
                        .mapToDouble(HubStock::tonnes).sum(),
                        use.inTonnes(), use.outTonnes(), use.stock()));
            }
        }
        return new PlanPeriods(periods, hubs);
    }

    private static PeriodResult result(LocalDate period, List<PlanExports.Flow> flows) {
        Map<String, Double> tonnes = new LinkedHashMap<>();
        KINDS.forEach(kind -> tonnes.put(kind, 0.0));
        double cost = 0;
        long trips = 0;
        double co2 = 0;
        for (PlanExports.Flow flow : flows) {
            tonnes.merge(flow.kind(), flow.tonnes(), Double::sum);
            cost += flow.cost() == null ? 0 : flow.cost();
            trips += flow.truckTrips();
            co2 += flow.co2Kg();
        }
        return new PeriodResult(period, tonnes, cost, trips, co2);
    }
}
