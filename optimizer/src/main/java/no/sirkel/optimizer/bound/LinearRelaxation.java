package no.sirkel.optimizer.bound;

import no.sirkel.optimizer.flow.ScaledMinCostFlow;
import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

/**
 * The linear relaxation of the fixed-charge problem, solved exactly as a min-cost flow: on each arc the fixed cost is
 * spread over the most the arc can carry, m_a = min(t_s, t_d), so a tonne costs {@code f_a / m_a − saving_a}. For any
 * feasible plan {@code f_a · [x_a > 0] ≥ f_a · x_a / m_a}, so the relaxation's optimum is no higher than any plan's
 * cost.
 *
 * <p>The bound is proven despite integer arithmetic: the flow is solved with {@link ScaledMinCostFlow.Rounding#LOWER_BOUND}
 * (every per-tonne cost rounded down, every capacity rounded up, which can only lower the optimum); the solver's
 * integer optimum is exact, and the result is lowered further by 4 × (supplies + demands + 2) units in the last place
 * of its magnitude, more than the rounding of the floating-point sums that make up the baseline cost.
 */
public final class LinearRelaxation {

    /**
     * @param lowerBound a proven lower bound on the cost of every feasible plan, in the objective's unit
     * @param flows      the relaxation's optimal flows; a feasible plan too where the solver's units hold the tonnes
     *                   exactly ({@link ScaledMinCostFlow#isExact()}), whose exact cost is usually above the bound
     */
    public record Result(double lowerBound, Flows flows) {
    }

    private LinearRelaxation() {
    }

    public static Result solve(Network network) {
        return solve(network, new ScaledMinCostFlow(network));
    }

    public static Result solve(Network network, ScaledMinCostFlow flowSolver) {
        double[] costPerTonne = new double[network.arcCount()];
        for (Arc arc : network.arcs()) {
            double capacity = Math.min(network.supplyTonnes(arc.supply()), network.demandTonnes(arc.demand()));
            costPerTonne[arc.index()] = arc.fixedCost() / capacity - arc.savingPerTonne();
        }
        ScaledMinCostFlow.Solution solution = flowSolver.solve(costPerTonne, ScaledMinCostFlow.Rounding.LOWER_BOUND);
        double relaxed = network.baselineCost() + solution.cost();
        double margin = 4.0 * (network.supplyCount() + network.demandCount() + 2)
                * Math.ulp(Math.abs(network.baselineCost()) + Math.abs(solution.cost()));
        return new Result(Math.max(0, relaxed - margin), solution.flows());
    }
}
