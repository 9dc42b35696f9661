package no.sirkel.optimizer.plan;

import java.util.List;

/**
 * A solution in the optimizer plan format, version 1. Every cost is in the objective's unit: NOK for COST; for
 * TONNE_KM tonne-km plus penalties (fees, prices and fixed costs count as 0), as the format's cost formula defines.
 * Tonne-km, CO2 and truck trips are physical whatever the objective.
 *
 * @param problem          the problem's name
 * @param matches          every supply→demand pair carrying tonnes
 * @param disposals        supply remainders and where they go
 * @param virginDeliveries demand remainders and where they come from
 * @param totals           the plan's cost breakdown and physical figures
 * @param baseline         the same figures with no matches at all
 * @param greedy           what pairing best saving per tonne first reaches
 * @param lowerBound       a proven lower bound on {@code totals.cost}
 * @param gapPercent       {@code 100 × (cost − lowerBound) / lowerBound}; null where the bound is 0 and the cost is not
 * @param score            OptaPlanner-style score: {@code 0hard/-<cost rounded to whole units>soft}
 * @param solveSeconds     wall-clock seconds the solve took
 */
public record Plan(String problem, List<Match> matches, List<Disposal> disposals,
                   List<VirginDelivery> virginDeliveries, Totals totals, Baseline baseline, Greedy greedy,
                   double lowerBound, Double gapPercent, String score, double solveSeconds) {

    /**
     * @param tonnes     x(s, d), &gt; 0
     * @param km         road km of the pair
     * @param truckTrips ceil(tonnes / truckPayloadTonnes)
     * @param cost       transport (c × km × tonnes) plus the pair's fixed cost
     * @param co2Kg      tonnes × km × co2KgPerTonneKm
     */
    public record Match(String supply, String demand, double tonnes, double km, long truckTrips, double cost,
                        double co2Kg) {
    }

    /** @param site null where no disposal site is eligible and the penalty applies (then km is null too) */
    public record Disposal(String supply, String site, double tonnes, Double km) {
    }

    /** @param source null where no virgin source is eligible and the penalty applies (then km is null too) */
    public record VirginDelivery(String demand, String source, double tonnes, Double km) {
    }

    /**
     * {@code cost = transportCost + fixedCost + disposalCost + virginCost + penaltyCost}; tonne-km, CO2 and truck
     * trips cover every flow (matches, disposals, virgin deliveries).
     */
    public record Totals(double cost, double transportCost, double fixedCost, double disposalCost, double virginCost,
                         double penaltyCost, double tonneKm, double co2Kg, long truckTrips, double reusedTonnes,
                         double reuseRate) {
    }

    public record Baseline(double cost, double tonneKm, double co2Kg, long truckTrips) {
    }

    public record Greedy(double cost) {
    }
}
