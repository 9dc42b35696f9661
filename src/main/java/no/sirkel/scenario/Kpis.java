package no.sirkel.scenario;

import no.sirkel.optimizer.plan.Plan;

/**
 * A plan's key figures beside the baseline (everything to landfill, everything from quarries) and what the plan
 * saves against it. Units: NOK, tonnes, tonne-km, kg CO2, truck trips.
 *
 * @param costs          what the plan costs in money, part by part; penalties are not money and are not in it
 * @param unplacedTonnes supply tonnes with no outlet (no match, hub or landfill takes them); they pay the penalty
 * @param unmetTonnes    demand tonnes nothing can meet (no match, hub or quarry); they pay the penalty
 */
record Kpis(double cost, double reusedTonnes, double reuseRate, double tonneKm, long truckTrips, double co2Kg,
            double lowerBound, double gapPercent, double greedyCost, Baseline baseline, Savings savings, Costs costs,
            double unplacedTonnes, double unmetTonnes) {

    /**
     * The plan's money, NOK: transport (per tonne-km), fixed costs per route, landfill gate fees, virgin material,
     * hub handling and processing, and the opening costs of candidate hubs the plan uses; {@code total} is their sum.
     */
    record Costs(double total, double transport, double fixed, double gateFees, double virgin, double handling,
                 double opening) {

        static Costs of(Plan.Totals totals) {
            double handling = totals.handlingCost() == null ? 0 : totals.handlingCost();
            double opening = totals.openingCost() == null ? 0 : totals.openingCost();
            return new Costs(totals.transportCost() + totals.fixedCost() + totals.disposalCost()
                    + totals.virginCost() + handling + opening, totals.transportCost(), totals.fixedCost(),
                    totals.disposalCost(), totals.virginCost(), handling, opening);
        }
    }

    record Baseline(double cost, double tonneKm, long truckTrips, double co2Kg) {
    }

    /**
     * @param costPercent      cost saved as a percentage of the baseline cost
     * @param versusGreedyCost what the plan saves against the plan a list-and-search marketplace reaches
     */
    record Savings(double cost, double costPercent, double tonneKm, long truckTrips, double co2Kg,
                   double versusGreedyCost) {
    }

    /** The figures of a plan's summary; the gap is 0 where the plan states none. */
    static Kpis of(PlanSummary plan) {
        Plan.Totals totals = plan.totals();
        Baseline baseline = new Baseline(plan.baseline().cost(), plan.baseline().tonneKm(),
                plan.baseline().truckTrips(), plan.baseline().co2Kg());
        double greedy = plan.greedy() == null ? 0 : plan.greedy().cost();
        return new Kpis(totals.cost(), totals.reusedTonnes(), totals.reuseRate(), totals.tonneKm(),
                totals.truckTrips(), totals.co2Kg(), plan.lowerBound(),
                plan.gapPercent() == null ? 0 : plan.gapPercent(), greedy, baseline,
                new Savings(baseline.cost() - totals.cost(),
                        baseline.cost() == 0 ? 0 : 100 * (baseline.cost() - totals.cost()) / baseline.cost(),
                        baseline.tonneKm() - totals.tonneKm(), baseline.truckTrips() - totals.truckTrips(),
                        baseline.co2Kg() - totals.co2Kg(), greedy - totals.cost()),
                Costs.of(totals), plan.unplacedTonnes(), plan.unmetTonnes());
    }

    /** What the scenario list shows of a plan, without its flows: the optimizer's own records, as it wrote them. */
    record PlanSummary(Plan.Totals totals, Plan.Baseline baseline, Plan.Greedy greedy, double lowerBound,
                       Double gapPercent, double unplacedTonnes, double unmetTonnes) {
    }
}
