package no.sirkel.scenario;

import tools.jackson.databind.JsonNode;

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

    /** Reads the figures from a plan in the optimizer plan format (or a summary holding its totals and baseline). */
    static Kpis of(JsonNode plan) {
        JsonNode totals = plan.path("totals");
        JsonNode baselineJson = plan.path("baseline");
        Baseline baseline = new Baseline(baselineJson.path("cost").asDouble(), baselineJson.path("tonneKm").asDouble(),
                baselineJson.path("truckTrips").asLong(), baselineJson.path("co2Kg").asDouble());
        double cost = totals.path("cost").asDouble();
        double greedy = plan.path("greedy").path("cost").asDouble();
        return new Kpis(cost, totals.path("reusedTonnes").asDouble(), totals.path("reuseRate").asDouble(),
                totals.path("tonneKm").asDouble(), totals.path("truckTrips").asLong(), totals.path("co2Kg").asDouble(),
                plan.path("lowerBound").asDouble(), plan.path("gapPercent").asDouble(), greedy, baseline,
                new Savings(baseline.cost() - cost,
                        baseline.cost() == 0 ? 0 : 100 * (baseline.cost() - cost) / baseline.cost(),
                        baseline.tonneKm() - totals.path("tonneKm").asDouble(),
                        baseline.truckTrips() - totals.path("truckTrips").asLong(),
                        baseline.co2Kg() - totals.path("co2Kg").asDouble(),
                        greedy - cost));
    }
}
