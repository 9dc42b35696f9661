package no.sirkel.optimizer.plan;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * A solution in the optimizer plan format: version 1, or version 2 for a problem with a horizon, which adds the
 * fields that are null (and not written) in version 1: {@code periods}, {@code flows}, {@code unplaced},
 * {@code unmet}, {@code hubs} and three totals. In version 2 {@code flows} is authoritative and version 1's lists
 * sum them. Every cost is in the objective's unit: NOK for COST; for
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
 * @param periods          version 2: the first day of each period, in order
 * @param flows            version 2: every flow, each in one period
 * @param unplaced         version 2: supply released in a period and sent nowhere (pays the unplaced penalty)
 * @param unmet            version 2: need of a period that nothing meets (pays the unmet penalty)
 * @param hubs             version 2: every storage hub's use and stock over time
 */
public record Plan(String problem, List<Match> matches, List<Disposal> disposals,
                   List<VirginDelivery> virginDeliveries, Totals totals, Baseline baseline, Greedy greedy,
                   double lowerBound, Double gapPercent, String score, double solveSeconds,
                   @JsonInclude(Include.NON_NULL) List<LocalDate> periods,
                   @JsonInclude(Include.NON_NULL) List<Flow> flows,
                   @JsonInclude(Include.NON_NULL) List<Unplaced> unplaced,
                   @JsonInclude(Include.NON_NULL) List<Unmet> unmet,
                   @JsonInclude(Include.NON_NULL) List<HubUse> hubs) {

    /** A version 1 plan. */
    public Plan(String problem, List<Match> matches, List<Disposal> disposals, List<VirginDelivery> virginDeliveries,
                Totals totals, Baseline baseline, Greedy greedy, double lowerBound, Double gapPercent, String score,
                double solveSeconds) {
        this(problem, matches, disposals, virginDeliveries, totals, baseline, greedy, lowerBound, gapPercent, score,
                solveSeconds, null, null, null, null, null);
    }

    /** Whether this is a version 2 plan, with periods and flows. */
    public boolean timed() {
        return flows != null;
    }

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

    /**
     * @param site       null where no disposal site is eligible and the penalty applies (then km is null too)
     * @param cost       transport plus gate fee, in the objective's unit; null where the penalty applies (it is not
     *                   money) and in plans written before it was added
     * @param truckTrips ceil(tonnes / truckPayloadTonnes); null only in plans written before it was added
     * @param co2Kg      tonnes × km × co2KgPerTonneKm; null where km is
     */
    public record Disposal(String supply, String site, double tonnes, Double km,
                           @JsonInclude(Include.NON_NULL) Double cost,
                           @JsonInclude(Include.NON_NULL) Long truckTrips,
                           @JsonInclude(Include.NON_NULL) Double co2Kg) {
    }

    /**
     * @param source     null where no virgin source is eligible and the penalty applies (then km is null too)
     * @param cost       transport plus the source's price, in the objective's unit; null as for {@link Disposal}
     * @param truckTrips ceil(tonnes / truckPayloadTonnes); null only in plans written before it was added
     * @param co2Kg      tonnes × km × co2KgPerTonneKm; null where km is
     */
    public record VirginDelivery(String demand, String source, double tonnes, Double km,
                                 @JsonInclude(Include.NON_NULL) Double cost,
                                 @JsonInclude(Include.NON_NULL) Long truckTrips,
                                 @JsonInclude(Include.NON_NULL) Double co2Kg) {
    }

    /**
     * {@code cost = transportCost + fixedCost + disposalCost + virginCost + penaltyCost}, plus in version 2
     * {@code handlingCost + openingCost}; tonne-km, CO2 and truck trips cover every flow (matches, disposals, virgin
     * deliveries, and in version 2 hub flows).
     *
     * @param handlingCost        version 2: handling fees and processing fees of every {@code TO_HUB} flow
     * @param openingCost         version 2: opening costs of the candidate hubs the plan opens
     * @param hubThroughputTonnes version 2: all {@code TO_HUB} tonnes
     */
    public record Totals(double cost, double transportCost, double fixedCost, double disposalCost, double virginCost,
                         double penaltyCost, double tonneKm, double co2Kg, long truckTrips, double reusedTonnes,
                         double reuseRate,
                         @JsonInclude(Include.NON_NULL) Double handlingCost,
                         @JsonInclude(Include.NON_NULL) Double openingCost,
                         @JsonInclude(Include.NON_NULL) Double hubThroughputTonnes) {

        /** Version 1 totals. */
        public Totals(double cost, double transportCost, double fixedCost, double disposalCost, double virginCost,
                      double penaltyCost, double tonneKm, double co2Kg, long truckTrips, double reusedTonnes,
                      double reuseRate) {
            this(cost, transportCost, fixedCost, disposalCost, virginCost, penaltyCost, tonneKm, co2Kg, truckTrips,
                    reusedTonnes, reuseRate, null, null, null);
        }
    }

    /**
     * One version 2 flow, in one period.
     *
     * @param kind               what the flow does
     * @param from               id of the supply, hub or quarry it leaves
     * @param to                 id of the demand, hub or landfill it reaches
     * @param period             first day of its period
     * @param material           as stored on {@code TO_HUB}, of the stock on {@code FROM_HUB} and on {@code DISPOSAL}
     *                           from a hub; null (not written) on other flows
     * @param contaminationClass class of that stock; null counts as clean, and is not written
     * @param processed          on {@code TO_HUB} only: whether the hub processes it on the way in
     * @param tonnes             &gt; 0
     * @param km                 road km from {@code from} to {@code to}
     * @param truckTrips         ceil(tonnes / truckPayloadTonnes)
     * @param cost               the flow's per-tonne costs in the objective's unit: transport, plus its handling and
     *                           processing fees, gate fee or virgin price; pair fixed costs and hub opening costs are
     *                           not a flow's and count only in {@link Totals}
     * @param co2Kg              tonnes × km × co2KgPerTonneKm
     */
    public record Flow(FlowKind kind, String from, String to, LocalDate period,
                       @JsonInclude(Include.NON_NULL) String material,
                       @JsonInclude(Include.NON_NULL) Integer contaminationClass,
                       @JsonInclude(Include.NON_NULL) Boolean processed,
                       double tonnes, double km, long truckTrips, double cost, double co2Kg) {
    }

    /** Version 2: tonnes a supply released in a period that no flow takes. */
    public record Unplaced(String supply, LocalDate period, double tonnes) {
    }

    /** Version 2: tonnes a demand needed in a period that no flow brings. */
    public record Unmet(String demand, LocalDate period, double tonnes) {
    }

    /**
     * Version 2: one storage hub's use.
     *
     * @param opened    true for an existing hub, and for a candidate hub any flow touches
     * @param inTonnes  all {@code TO_HUB} tonnes over the horizon
     * @param outTonnes all {@code FROM_HUB} and hub {@code DISPOSAL} tonnes over the horizon
     * @param stock     the stock at the end of each period, all materials together
     */
    public record HubUse(String hub, boolean opened, double inTonnes, double outTonnes, List<StockLevel> stock) {
    }

    /** @param period first day of the period whose end this stock is measured at */
    public record StockLevel(LocalDate period, double tonnes) {
    }

    /**
     * The plan with no reuse: no match and no hub flows (version 2: the cheapest such plan within the capacities).
     * {@code cost} is in the objective's unit and includes the penalties; the parts beside it say what of it is money
     * and how many tonnes had no landfill or quarry, so that a saving can leave the penalties out. The parts are null
     * only in plans written before they were added.
     *
     * @param transportCost  NOK, {@code c × km × tonnes} over its flows
     * @param fixedCost      NOK, fixed costs of the pairs it uses (none: landfills and quarries pay none)
     * @param disposalCost   NOK, landfill gate fees
     * @param virginCost     NOK, quarry prices
     * @param handlingCost   NOK, hub handling and processing fees (none: the baseline stores nothing)
     * @param openingCost    NOK, candidate hubs' opening costs (none)
     * @param penaltyCost    the penalties on {@code unplacedTonnes} and {@code unmetTonnes}: not money
     * @param unplacedTonnes supply tonnes no landfill takes (no eligible one, or none with room)
     * @param unmetTonnes    demand tonnes no quarry delivers (no eligible one, or none with room)
     */
    public record Baseline(double cost, double tonneKm, double co2Kg, long truckTrips,
                           @JsonInclude(Include.NON_NULL) Double transportCost,
                           @JsonInclude(Include.NON_NULL) Double fixedCost,
                           @JsonInclude(Include.NON_NULL) Double disposalCost,
                           @JsonInclude(Include.NON_NULL) Double virginCost,
                           @JsonInclude(Include.NON_NULL) Double handlingCost,
                           @JsonInclude(Include.NON_NULL) Double openingCost,
                           @JsonInclude(Include.NON_NULL) Double penaltyCost,
                           @JsonInclude(Include.NON_NULL) Double unplacedTonnes,
                           @JsonInclude(Include.NON_NULL) Double unmetTonnes) {

        /** A baseline as plans before its cost parts were written: the cost and physical figures only. */
        public Baseline(double cost, double tonneKm, double co2Kg, long truckTrips) {
            this(cost, tonneKm, co2Kg, truckTrips, null, null, null, null, null, null, null, null, null);
        }

        /** The baseline of a plan's figures summed over the baseline's flows, with the tonnes that pay penalties. */
        public static Baseline of(Totals totals, double unplacedTonnes, double unmetTonnes) {
            return new Baseline(totals.cost(), totals.tonneKm(), totals.co2Kg(), totals.truckTrips(),
                    totals.transportCost(), totals.fixedCost(), totals.disposalCost(), totals.virginCost(),
                    totals.handlingCost() == null ? 0 : totals.handlingCost(),
                    totals.openingCost() == null ? 0 : totals.openingCost(), totals.penaltyCost(), unplacedTonnes,
                    unmetTonnes);
        }

        /** Whether the money parts are known (false only for plans written before they were added). */
        public boolean hasCostParts() {
            return transportCost != null;
        }
    }

    public record Greedy(double cost) {
    }
}
