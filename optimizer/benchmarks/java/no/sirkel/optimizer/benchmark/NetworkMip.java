package no.sirkel.optimizer.benchmark;

import java.time.Duration;
import java.util.List;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import no.sirkel.optimizer.flow.ScaledMinCostFlow;
import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

/**
 * A problem's network as the standard mixed-integer program of the fixed-charge transportation problem with fallbacks,
 * solved by SCIP through OR-Tools to give a reference value and a proven bound for the benchmark:
 *
 * <pre>
 *   min  Σ_s δ_s·u_s + Σ_d ν_d·v_d + Σ_a c_a·x_a + Σ_a f_a·y_a
 *   s.t. Σ_{a out of s} x_a + u_s = t_s,  Σ_{a into d} x_a + v_d = t_d,
 *        0 ≤ x_a ≤ min(t_s, t_d)·y_a,  y_a ∈ {0, 1},  u, v ≥ 0
 * </pre>
 *
 * which is exactly the contract's cost ({@link Network#cost}) over the eligible pairs, fallbacks included: u is what a
 * supply does not send, v what a demand does not receive. Writing them out (rather than maximising savings under
 * "at most" rows) keeps the rows equalities, from which SCIP derives its flow-cover and knapsack cuts on the open
 * pairs; on high fixed costs that is what makes its bound useful. SCIP works
 * within tolerances (a "closed" pair may carry 10⁻⁶ of its capacity), so its incumbent is cleaned before it is
 * reported: the pairs it opens are kept and the best flows over them are solved again as a linear program, and the
 * reported value is {@link Network#cost} of those flows.
 */
final class NetworkMip {

    static final String SOLVER = "SCIP";
    private static final double OPEN = 0.5;

    /**
     * @param flows   the cleaned incumbent's flows, null where SCIP found no solution in time
     * @param cost    {@link Network#cost} of {@code flows} (infinite without one)
     * @param bound   SCIP's proven lower bound on the optimum
     * @param optimal whether SCIP proved its incumbent optimal
     */
    record Result(Flows flows, double cost, double bound, boolean optimal, double seconds) {
    }

    private NetworkMip() {
    }

    /** Solves the network's MIP within {@code limit}, starting from {@code hint} where given (e.g. a heuristic's). */
    static Result solve(Network network, Flows hint, Duration limit) {
        ScaledMinCostFlow.loadNativeLibraries();
        long start = System.nanoTime();
        MPSolver solver = MPSolver.createSolver(SOLVER);
        if (solver == null) {
            throw new IllegalStateException(SOLVER + " is not available in this OR-Tools build");
        }
        try {
            List<Arc> arcs = network.arcs();
            MPVariable[] tonnes = new MPVariable[arcs.size()];
            MPVariable[] open = new MPVariable[arcs.size()];
            MPObjective objective = solver.objective();
            for (Arc arc : arcs) {
                double capacity = capacity(network, arc);
                MPVariable x = solver.makeNumVar(0, capacity, "x" + arc.index());
                MPVariable y = solver.makeBoolVar("y" + arc.index());
                objective.setCoefficient(x, arc.costPerTonne());
                objective.setCoefficient(y, arc.fixedCost());
                MPConstraint link = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                link.setCoefficient(x, 1);
                link.setCoefficient(y, -capacity);
                tonnes[arc.index()] = x;
                open[arc.index()] = y;
            }
            objective.setMinimization();
            addBalances(solver, network, tonnes);
            if (hint != null) {
                setHint(solver, tonnes, open, hint);
            }
            solver.setTimeLimit(Math.max(1, limit.toMillis()));
            MPSolverParameters parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
            MPSolver.ResultStatus status = solver.solve(parameters);
            boolean found = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
            double bound = objective.bestBound();
            Flows flows = null;
            if (found) {
                boolean[] opened = new boolean[arcs.size()];
                for (int a = 0; a < arcs.size(); a++) {
                    opened[a] = open[a].solutionValue() > OPEN;
                }
                flows = bestFlowsOver(network, opened);
            }
            double cost = flows == null ? Double.POSITIVE_INFINITY : network.cost(flows);
            return new Result(flows, cost, bound, status == MPSolver.ResultStatus.OPTIMAL,
                    (System.nanoTime() - start) / 1e9);
        } finally {
            solver.delete();
        }
    }

    private static double capacity(Network network, Arc arc) {
        return Math.min(network.supplyTonnes(arc.supply()), network.demandTonnes(arc.demand()));
    }

    /** Every supply's tonnes are sent or unsent, every demand's received or unmet, the remainders at fallback cost. */
    private static void addBalances(MPSolver solver, Network network, MPVariable[] tonnes) {
        for (int s = 0; s < network.supplyCount(); s++) {
            addBalance(solver, tonnes, network.arcsOfSupply(s), network.supplyTonnes(s),
                    network.disposalCostPerTonne(s), "u" + s);
        }
        for (int d = 0; d < network.demandCount(); d++) {
            addBalance(solver, tonnes, network.arcsOfDemand(d), network.demandTonnes(d),
                    network.virginCostPerTonne(d), "v" + d);
        }
    }

    private static void addBalance(MPSolver solver, MPVariable[] tonnes, List<Arc> arcs, double total,
                                   double fallbackCostPerTonne, String remainderName) {
        MPConstraint balance = solver.makeConstraint(total, total);
        arcs.forEach(arc -> balance.setCoefficient(tonnes[arc.index()], 1));
        MPVariable remainder = solver.makeNumVar(0, total, remainderName);
        balance.setCoefficient(remainder, 1);
        solver.objective().setCoefficient(remainder, fallbackCostPerTonne);
    }

    private static void setHint(MPSolver solver, MPVariable[] tonnes, MPVariable[] open, Flows hint) {
        MPVariable[] variables = new MPVariable[2 * tonnes.length];
        double[] values = new double[variables.length];
        for (int a = 0; a < tonnes.length; a++) {
            double x = hint.tonnes(a) > Network.EPSILON_TONNES ? hint.tonnes(a) : 0;
            variables[2 * a] = tonnes[a];
            values[2 * a] = x;
            variables[2 * a + 1] = open[a];
            values[2 * a + 1] = x > 0 ? 1 : 0;
        }
        solver.setHint(variables, values);
    }

    /** The cheapest flows that use only the opened pairs: a linear program, solved exactly by GLOP. */
    private static Flows bestFlowsOver(Network network, boolean[] opened) {
        MPSolver lp = MPSolver.createSolver("GLOP");
        try {
            MPVariable[] tonnes = new MPVariable[network.arcCount()];
            MPObjective objective = lp.objective();
            for (Arc arc : network.arcs()) {
                tonnes[arc.index()] = lp.makeNumVar(0, opened[arc.index()] ? capacity(network, arc) : 0,
                        "x" + arc.index());
                objective.setCoefficient(tonnes[arc.index()], arc.costPerTonne());
            }
            objective.setMinimization();
            addBalances(lp, network, tonnes);
            if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("the flows over the MIP's pairs have no optimum");
            }
            Flows flows = new Flows(network.arcCount());
            for (int a = 0; a < tonnes.length; a++) {
                double x = tonnes[a].solutionValue();
                flows.set(a, x > Network.EPSILON_TONNES ? x : 0);
            }
            return flows;
        } finally {
            lp.delete();
        }
    }
}
