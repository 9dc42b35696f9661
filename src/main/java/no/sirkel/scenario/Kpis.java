package no.sirkel.scenario;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(description = "A plan's key figures beside the baseline (everything to landfill, everything from quarries)")
record Kpis(@Schema(description = "What the plan costs in money, NOK (costs.total; penalties not included)")
            double cost,
            @Schema(description = "The optimizer's objective: the money plus the penalties, NOK; the bound and gap "
                    + "speak of this")
            double objectiveCost,
            @Schema(description = "The money part by part, NOK") Costs costs,
            @Schema(description = "Tonnes matched from supplies to demands, t")
            double reusedTonnes,
            @Schema(description = "Reused tonnes as a share of supply tonnes, 0 to 1") double reuseRate,
            @Schema(description = "Transport work, tonne-km (road)") double tonneKm,
            @Schema(description = "Truck trips") long truckTrips,
            @Schema(description = "CO2 of the transport, kg") double co2Kg,
            @Schema(description = "Tonnes the plan sends to landfills (from supplies and from hubs), t")
            double landfillTonnes,
            @Schema(description = "Tonnes the plan buys from quarries, t") double virginTonnes,
            @Schema(description = "Supply tonnes with no outlet (no match, hub or landfill takes them); they pay the "
                    + "penalty, t")
            double unplacedTonnes,
            @Schema(description = "Demand tonnes nothing can meet (no match, hub or quarry); they pay the penalty, t")
            double unmetTonnes,
            @Schema(description = "Proven lower bound on the objective of every plan, NOK") double lowerBound,
            @Schema(description = "100 × (objectiveCost − lowerBound) / lowerBound, %; 0 where the plan states none")
            double gapPercent,
            @Schema(description = "The objective of the plan a list-and-search marketplace reaches (greedy), NOK")
            double greedyCost,
            @Schema(description = "The baseline's figures") Baseline baseline,
            @Schema(description = "What the plan saves against the baseline; positive is better") Savings savings) {

    /**
     * Money, NOK: transport (per tonne-km), fixed costs per route, landfill gate fees, virgin material, hub handling
     * and processing, and the opening costs of candidate hubs the plan uses; {@code total} is their sum.
     */
    @Schema(description = "Money part by part, NOK")
    record Costs(@Schema(description = "The sum of the parts, NOK") double total,
                 @Schema(description = "Transport, per tonne-km, NOK") double transport,
                 @Schema(description = "Fixed costs per route used, NOK") double fixed,
                 @Schema(description = "Landfill gate fees, NOK") double gateFees,
                 @Schema(description = "Virgin material bought from quarries, NOK") double virgin,
                 @Schema(description = "Hub handling and processing fees, NOK") double handling,
                 @Schema(description = "Opening costs of the candidate hubs the plan uses, NOK") double opening) {

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
    @Schema(description = "The baseline's figures: no reuse, everything to landfill and from quarries")
    record Baseline(@Schema(description = "Its money, NOK (costs.total); for a plan stored before the optimizer split "
                            + "it, its objective cost, penalties included")
                    double cost,
                    @Schema(description = "Its money plus its penalties, NOK") double objectiveCost,
                    @Schema(description = "Its money part by part, NOK; null for a plan stored before the optimizer "
                            + "split it")
                    Costs costs,
                    @Schema(description = "Its transport work, tonne-km") double tonneKm,
                    @Schema(description = "Its truck trips") long truckTrips,
                    @Schema(description = "Its transport CO2, kg") double co2Kg,
                    @Schema(description = "Supply tonnes no landfill takes, t (null as costs)") Double unplacedTonnes,
                    @Schema(description = "Demand tonnes no quarry delivers, t (null as costs)") Double unmetTonnes) {

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
    @Schema(description = "What a plan saves against the baseline; positive is better")
    record Savings(@Schema(description = "The baseline's money less the plan's, NOK (penalties on neither side)")
                   double cost,
                   @Schema(description = "That as a percentage of the baseline's money, %") double costPercent,
                   @Schema(description = "Transport work saved, tonne-km") double tonneKm,
                   @Schema(description = "Truck trips saved") long truckTrips,
                   @Schema(description = "Transport CO2 saved, kg") double co2Kg,
                   @Schema(description = "What the plan's objective saves against the greedy plan, NOK")
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
