package no.sirkel.scenario;

import no.sirkel.optimizer.plan.Plan;

/**
 * A plan's key figures beside the baseline (everything to landfill, everything from quarries) and what the plan
 * saves against it. Units: NOK, tonnes, tonne-km, kg CO2, truck trips.
 */
record Kpis(double cost, double reusedTonnes, double reuseRate, double tonneKm, long truckTrips, double co2Kg,
            double lowerBound, double gapPercent, double greedyCost, Baseline baseline, Savings savings) {

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
                        baseline.co2Kg() - totals.co2Kg(), greedy - totals.cost()));
    }

    /** What the scenario list shows of a plan, without its flows: the optimizer's own records, as it wrote them. */
    record PlanSummary(Plan.Totals totals, Plan.Baseline baseline, Plan.Greedy greedy, double lowerBound,
                       Double gapPercent) {
    }
}
