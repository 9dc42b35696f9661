package no.sirkel.scenario;

import no.sirkel.optimizer.plan.Plan;

/**
 * A plan's key figures beside the baseline (no reuse: everything to landfill, everything from quarries) and what the
 * plan saves against it. Money and penalties are kept apart: a tonne that no landfill takes or no quarry can deliver
 * pays the optimizer's penalty, which steers the solver but is not money, so it is reported as tonnes and never
 * enters {@code cost} or a saving. Units: NOK, tonnes, tonne-km, kg CO2, truck trips.
 *
 * @param cost           what the plan costs in money, NOK ({@code costs.total})
 * @param objectiveCost  the optimizer's objective: the money plus the penalties; the bound and gap speak of this
 * @param costs          the money part by part
 * @param landfillTonnes tonnes the plan sends to landfills (from supplies and from hubs)
 * @param virginTonnes   tonnes the plan buys from quarries
 * @param unplacedTonnes supply tonnes with no outlet (no match, hub or landfill takes them); they pay the penalty
 * @param unmetTonnes    demand tonnes nothing can meet (no match, hub or quarry); they pay the penalty
 */
record Kpis(double cost, double objectiveCost, Costs costs, double reusedTonnes, double reuseRate, double tonneKm,
            long truckTrips, double co2Kg, double landfillTonnes, double virginTonnes, double unplacedTonnes,
            double unmetTonnes, double lowerBound, double gapPercent, double greedyCost, Baseline baseline,
            Savings savings) {

    /**
     * Money, NOK: transport (per tonne-km), fixed costs per route, landfill gate fees, virgin material, hub handling
     * and processing, and the opening costs of candidate hubs the plan uses; {@code total} is their sum.
     */
    record Costs(double total, double transport, double fixed, double gateFees, double virgin, double handling,
                 double opening) {

        static Costs of(double transport, double fixed, double gateFees, double virgin, Double handling,
                        Double opening) {
            double hubs = handling == null ? 0 : handling;
            double candidates = opening == null ? 0 : opening;
            return new Costs(transport + fixed + gateFees + virgin + hubs + candidates, transport, fixed, gateFees,
                    virgin, hubs, candidates);
        }

        static Costs of(Plan.Totals totals) {
            return of(totals.transportCost(), totals.fixedCost(), totals.disposalCost(), totals.virginCost(),
                    totals.handlingCost(), totals.openingCost());
        }
    }

    /**
     * The baseline's figures as the optimizer reports them.
     *
     * @param cost           its money, NOK ({@code costs.total}); for a plan stored before the optimizer split it,
     *                       its objective cost, penalties included
     * @param objectiveCost  its money plus its penalties
     * @param costs          its money part by part; null for a plan stored before the optimizer split it
     * @param unplacedTonnes supply tonnes no landfill takes (null as {@code costs})
     * @param unmetTonnes    demand tonnes no quarry delivers (null as {@code costs})
     */
    record Baseline(double cost, double objectiveCost, Costs costs, double tonneKm, long truckTrips, double co2Kg,
                    Double unplacedTonnes, Double unmetTonnes) {

        static Baseline of(Plan.Baseline baseline) {
            if (!baseline.hasCostParts()) {
                return new Baseline(baseline.cost(), baseline.cost(), null, baseline.tonneKm(),
                        baseline.truckTrips(), baseline.co2Kg(), null, null);
            }
            Costs costs = Costs.of(baseline.transportCost(), baseline.fixedCost(), baseline.disposalCost(),
                    baseline.virginCost(), baseline.handlingCost(), baseline.openingCost());
            return new Baseline(costs.total(), baseline.cost(), costs, baseline.tonneKm(), baseline.truckTrips(),
                    baseline.co2Kg(), baseline.unplacedTonnes(), baseline.unmetTonnes());
        }
    }

    /**
     * What the plan saves against the baseline; positive is better.
     *
     * @param cost             the baseline's money less the plan's, NOK (penalties on neither side)
     * @param costPercent      that as a percentage of the baseline's money
     * @param versusGreedyCost what the plan's objective saves against the plan a list-and-search marketplace reaches
     */
    record Savings(double cost, double costPercent, double tonneKm, long truckTrips, double co2Kg,
                   double versusGreedyCost) {
    }

    /** The figures of a plan's summary; the gap is 0 where the plan states none. */
    static Kpis of(PlanSummary plan) {
        Plan.Totals totals = plan.totals();
        Costs costs = Costs.of(totals);
        Baseline baseline = Baseline.of(plan.baseline());
        double greedy = plan.greedy() == null ? 0 : plan.greedy().cost();
        double planCost = baseline.costs() == null ? totals.cost() : costs.total();
        double saved = baseline.cost() - planCost;
        return new Kpis(costs.total(), totals.cost(), costs, totals.reusedTonnes(), totals.reuseRate(),
                totals.tonneKm(), totals.truckTrips(), totals.co2Kg(), plan.landfillTonnes(), plan.virginTonnes(),
                plan.unplacedTonnes(), plan.unmetTonnes(), plan.lowerBound(),
                plan.gapPercent() == null ? 0 : plan.gapPercent(), greedy, baseline,
                new Savings(saved, baseline.cost() == 0 ? 0 : 100 * saved / baseline.cost(),
                        baseline.tonneKm() - totals.tonneKm(), baseline.truckTrips() - totals.truckTrips(),
                        baseline.co2Kg() - totals.co2Kg(), greedy - totals.cost()));
    }

    /**
     * What the scenario list shows of a plan, without its flows: the optimizer's own records, as it wrote them, and
     * the tonnes of its remainders summed from its lists.
     */
    record PlanSummary(Plan.Totals totals, Plan.Baseline baseline, Plan.Greedy greedy, double lowerBound,
                       Double gapPercent, double unplacedTonnes, double unmetTonnes, double landfillTonnes,
                       double virginTonnes) {
    }
}
