package no.sirkel.optimizer;

/**
 * A new best plan during a solve. Costs are in the objective's unit (NOK for COST).
 *
 * @param elapsedSeconds wall-clock seconds since the solve began
 * @param phase          what found it: {@code greedy}, {@code relaxation}, {@code slope-scaling}, {@code basis-search} or
 *                       {@code local-search}
 * @param bestCost       exact cost of the best plan so far
 * @param lowerBound     proven lower bound on every plan's cost
 * @param gapPercent     {@code 100 × (bestCost − lowerBound) / lowerBound}; NaN where the bound is 0 and the cost is not
 */
public record Progress(double elapsedSeconds, String phase, double bestCost, double lowerBound, double gapPercent) {
}
