package no.sirkel.optimizer.timed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.sirkel.optimizer.plan.FlowKind;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.PlanBuilder;
import no.sirkel.optimizer.plan.ScheduledFlow;
import no.sirkel.optimizer.problem.HubStock;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.Period;
import no.sirkel.optimizer.problem.Periods;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.StorageHub;

/**
 * Turns a version 2 plan's flows into a {@link Plan}: each flow's km, truck trips, cost and CO2 priced by
 * {@link FlowPricing}; the totals as the contract sums them (fixed costs once per pair that carries any tonnes,
 * opening costs once per candidate hub any flow touches, penalties on what each supply leaves unsent and each demand
 * unmet in each period); version 1's lists summed from the flows; each hub's intake, output and stock per period.
 * Nothing is rounded except the score and truck trips.
 */
final class TimedPlanBuilder {

    private final Problem problem;
    private final Parameters parameters;
    private final FlowPricing pricing;
    private final Periods periods;
    private final double[][] release;
    private final double[][] need;
    private final Map<String, Integer> supplyIndex = new HashMap<>();
    private final Map<String, Integer> demandIndex = new HashMap<>();
    private final Map<String, Integer> hubIndex = new HashMap<>();

    TimedPlanBuilder(Problem problem, FlowPricing pricing, Periods periods, double[][] release, double[][] need) {
        this.problem = problem;
        this.parameters = problem.parameters();
        this.pricing = pricing;
        this.periods = periods;
        this.release = release;
        this.need = need;
        for (int s = 0; s < problem.supplies().size(); s++) {
            supplyIndex.put(problem.supplies().get(s).id(), s);
        }
        for (int d = 0; d < problem.demands().size(); d++) {
            demandIndex.put(problem.demands().get(d).id(), d);
        }
        for (int h = 0; h < problem.storageHubs().size(); h++) {
            hubIndex.put(problem.storageHubs().get(h).id(), h);
        }
    }

    Plan build(List<ScheduledFlow> flows, List<ScheduledFlow> baselineFlows, double greedyCost, double lowerBound,
               double solveSeconds) {
        Breakdown plan = new Breakdown(flows);
        Breakdown baseline = new Breakdown(baselineFlows);
        Plan.Totals totals = plan.totals();
        List<LocalDate> periodStarts = periods.all().stream().map(Period::first).toList();
        return new Plan(problem.name(), plan.matches(), plan.disposals(), plan.virginDeliveries(), totals,
                Plan.Baseline.of(baseline.totals(), baseline.unplacedTonnes, baseline.unmetTonnes),
                new Plan.Greedy(greedyCost), lowerBound, PlanBuilder.gapPercent(totals.cost(), lowerBound),
                "0hard/" + (-Math.round(totals.cost())) + "soft", solveSeconds, periodStarts, plan.flows,
                plan.unplaced, plan.unmet, plan.hubs());
    }

    /** Every figure of one plan, summed flow by flow. */
    private final class Breakdown {

        final List<Plan.Flow> flows = new ArrayList<>();
        final List<Plan.Unplaced> unplaced = new ArrayList<>();
        final List<Plan.Unmet> unmet = new ArrayList<>();
        final Set<String> usedPairs = new LinkedHashSet<>();
        /** Each pair's MATCH flows summed over the periods. */
        final Map<String, Plan.Flow> matches = new LinkedHashMap<>();
        final Map<String, Plan.Disposal> disposals = new LinkedHashMap<>();
        final Map<String, Plan.VirginDelivery> virginDeliveries = new LinkedHashMap<>();
        final boolean[] touched;
        final double[] hubIn;
        final double[] hubOut;
        final double[][] hubStock;
        double transportCost;
        double fixedCost;
        double disposalCost;
        double virginCost;
        double handlingCost;
        double openingCost;
        double penaltyCost;
        double tonneKm;
        long truckTrips;
        double reusedTonnes;
        double unplacedTonnes;
        double unmetTonnes;

        Breakdown(List<ScheduledFlow> scheduled) {
            int hubs = problem.storageHubs().size();
            touched = new boolean[hubs];
            hubIn = new double[hubs];
            hubOut = new double[hubs];
            hubStock = new double[hubs][periods.size()];
            double[][] sent = new double[release.length][periods.size()];
            double[][] received = new double[need.length][periods.size()];
            double[][] stockChange = new double[hubs][periods.size()];
            List<ScheduledFlow> ordered = new ArrayList<>(scheduled);
            ordered.sort(Comparator.comparingInt(ScheduledFlow::period)
                    .thenComparing(ScheduledFlow::kind).thenComparing(ScheduledFlow::from)
                    .thenComparing(ScheduledFlow::to));
            for (ScheduledFlow flow : ordered) {
                Plan.Flow priced = price(flow);
                flows.add(priced);
                int p = flow.period();
                double tonnes = flow.tonnes();
                Integer supply = supplyIndex.get(flow.from());
                Integer demand = demandIndex.get(flow.to());
                Integer hubFrom = hubIndex.get(flow.from());
                Integer hubTo = hubIndex.get(flow.to());
                if (supply != null) {
                    sent[supply][p] += tonnes;
                }
                if (demand != null) {
                    received[demand][p] += tonnes;
                }
                if (hubTo != null) {
                    touched[hubTo] = true;
                    hubIn[hubTo] += tonnes;
                    stockChange[hubTo][p] += tonnes;
                }
                if (hubFrom != null) {
                    touched[hubFrom] = true;
                    hubOut[hubFrom] += tonnes;
                    stockChange[hubFrom][p] -= tonnes;
                }
                if (FlowPricing.paysFixedCost(flow.kind()) && usedPairs.add(flow.from() + "\n" + flow.to())) {
                    fixedCost += pricing.fixedCost(flow.from(), flow.to());
                }
                if (flow.kind() == FlowKind.MATCH || flow.kind() == FlowKind.FROM_HUB) {
                    reusedTonnes += tonnes;
                }
                summarise(flow, priced);
            }
            for (int h = 0; h < hubs; h++) {
                StorageHub hub = problem.storageHubs().get(h);
                if (touched[h]) {
                    openingCost += pricing.openingCost(hub);
                }
                double stock = hub.initialStock().stream().mapToDouble(HubStock::tonnes).sum();
                for (int p = 0; p < periods.size(); p++) {
                    stock += stockChange[h][p];
                    hubStock[h][p] = stock;
                }
            }
            for (int s = 0; s < release.length; s++) {
                for (int p = 0; p < periods.size(); p++) {
                    double rest = Math.max(0, release[s][p] - sent[s][p]);
                    penaltyCost += rest * pricing.unplacedPenaltyPerTonne();
                    unplacedTonnes += rest;
                    if (rest > TimedModel.FLOW_EPSILON) {
                        unplaced.add(new Plan.Unplaced(problem.supplies().get(s).id(), periods.get(p).first(), rest));
                    }
                }
            }
            for (int d = 0; d < need.length; d++) {
                for (int p = 0; p < periods.size(); p++) {
                    double rest = Math.max(0, need[d][p] - received[d][p]);
                    penaltyCost += rest * pricing.unmetPenaltyPerTonne();
                    unmetTonnes += rest;
                    if (rest > TimedModel.FLOW_EPSILON) {
                        unmet.add(new Plan.Unmet(problem.demands().get(d).id(), periods.get(p).first(), rest));
                    }
                }
            }
        }

        private Plan.Flow price(ScheduledFlow flow) {
            double tonnes = flow.tonnes();
            double km = pricing.km(flow.from(), flow.to());
            double transport = pricing.costPerTonneKm() * km * tonnes;
            double fees = pricing.feePerTonne(flow) * tonnes;
            long trips = PlanBuilder.truckTrips(tonnes, parameters.truckPayloadTonnes());
            transportCost += transport;
            tonneKm += tonnes * km;
            truckTrips += trips;
            switch (flow.kind()) {
                case TO_HUB -> handlingCost += fees;
                case DISPOSAL -> disposalCost += fees;
                case VIRGIN -> virginCost += fees;
                default -> { }
            }
            boolean hubStockFlow = flow.kind() == FlowKind.TO_HUB || flow.kind() == FlowKind.FROM_HUB
                    || flow.kind() == FlowKind.DISPOSAL && flow.material() != null;
            return new Plan.Flow(flow.kind(), flow.from(), flow.to(), periods.get(flow.period()).first(),
                    hubStockFlow ? flow.material() : null, hubStockFlow ? flow.contaminationClass() : null,
                    flow.kind() == FlowKind.TO_HUB ? flow.processed() : null, tonnes, km, trips, transport + fees,
                    tonnes * km * parameters.co2KgPerTonneKm());
        }

        /** Adds a flow to version 1's lists: matches per pair, supply disposals per site, virgin per source. */
        private void summarise(ScheduledFlow flow, Plan.Flow priced) {
            String key = flow.from() + "\n" + flow.to();
            switch (flow.kind()) {
                case MATCH -> matches.merge(key, priced, (a, b) -> new Plan.Flow(FlowKind.MATCH, a.from(), a.to(),
                        a.period(), null, null, null, a.tonnes() + b.tonnes(), a.km(), a.truckTrips() + b.truckTrips(),
                        a.cost() + b.cost(), a.co2Kg() + b.co2Kg()));
                case DISPOSAL -> {
                    if (supplyIndex.containsKey(flow.from())) {
                        disposals.merge(key, new Plan.Disposal(flow.from(), flow.to(), priced.tonnes(), priced.km(),
                                        priced.cost(), priced.truckTrips(), priced.co2Kg()),
                                (a, b) -> new Plan.Disposal(a.supply(), a.site(), a.tonnes() + b.tonnes(), a.km(),
                                        a.cost() + b.cost(), a.truckTrips() + b.truckTrips(), a.co2Kg() + b.co2Kg()));
                    }
                }
                case VIRGIN -> virginDeliveries.merge(key,
                        new Plan.VirginDelivery(flow.to(), flow.from(), priced.tonnes(), priced.km(), priced.cost(),
                                priced.truckTrips(), priced.co2Kg()),
                        (a, b) -> new Plan.VirginDelivery(a.demand(), a.source(), a.tonnes() + b.tonnes(), a.km(),
                                a.cost() + b.cost(), a.truckTrips() + b.truckTrips(), a.co2Kg() + b.co2Kg()));
                default -> { }
            }
        }

        List<Plan.Match> matches() {
            return matches.values().stream().map(sum -> new Plan.Match(sum.from(), sum.to(), sum.tonnes(), sum.km(),
                    sum.truckTrips(), sum.cost() + pricing.fixedCost(sum.from(), sum.to()), sum.co2Kg())).toList();
        }

        List<Plan.Disposal> disposals() {
            return List.copyOf(disposals.values());
        }

        List<Plan.VirginDelivery> virginDeliveries() {
            return List.copyOf(virginDeliveries.values());
        }

        List<Plan.HubUse> hubs() {
            List<Plan.HubUse> uses = new ArrayList<>();
            for (int h = 0; h < touched.length; h++) {
                StorageHub hub = problem.storageHubs().get(h);
                List<Plan.StockLevel> stock = new ArrayList<>();
                for (int p = 0; p < periods.size(); p++) {
                    stock.add(new Plan.StockLevel(periods.get(p).first(), hubStock[h][p]));
                }
                uses.add(new Plan.HubUse(hub.id(), !hub.isCandidate() || touched[h], hubIn[h], hubOut[h], stock));
            }
            return uses;
        }

        double cost() {
            return transportCost + fixedCost + disposalCost + virginCost + handlingCost + openingCost + penaltyCost;
        }

        Plan.Totals totals() {
            double released = 0;
            for (double[] r : release) {
                for (double tonnes : r) {
                    released += tonnes;
                }
            }
            for (StorageHub hub : problem.storageHubs()) {
                released += hub.initialStock().stream().mapToDouble(HubStock::tonnes).sum();
            }
            double hubThroughput = 0;
            for (double tonnes : hubIn) {
                hubThroughput += tonnes;
            }
            return new Plan.Totals(cost(), transportCost, fixedCost, disposalCost, virginCost, penaltyCost, tonneKm,
                    tonneKm * parameters.co2KgPerTonneKm(), truckTrips, reusedTonnes,
                    released > 0 ? reusedTonnes / released : 0, handlingCost, openingCost, hubThroughput);
        }
    }
}
