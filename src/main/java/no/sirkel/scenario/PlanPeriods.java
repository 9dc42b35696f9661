package no.sirkel.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
record PlanPeriods(List<PeriodResult> periods, List<Hub> hubs) {

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
    record PeriodResult(LocalDate period, Map<String, Double> tonnesByKind, double cost, long truckTrips,
                        double co2Kg) {
    }

    /**
     * @param name           as the reader may see it
     * @param candidate      whether it is one of the scenario's candidate hubs
     * @param opened         true for a registered hub, and for a candidate the plan uses
     * @param capacityTonnes the most it may hold at the end of a period
     * @param initialTonnes  its stock when the horizon begins
     * @param stock          its stock at the end of each period, all materials together
     */
    record Hub(String id, String name, boolean candidate, boolean opened, double capacityTonnes,
                    double initialTonnes, double inTonnes, double outTonnes, List<Plan.StockLevel> stock) {
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
