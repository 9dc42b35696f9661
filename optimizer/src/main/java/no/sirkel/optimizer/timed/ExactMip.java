package no.sirkel.optimizer.timed;

import java.time.Duration;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

import no.sirkel.optimizer.flow.ScaledMinCostFlow;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.problem.Problem;

/**
 * The contract's exact mixed-integer program of a {@link TimedModel}, solved by SCIP through OR-Tools: the model's
 * rows and columns, the candidate hubs' open columns binary, and a binary per pair that carries its fixed cost, with
 * {@code x_j ≤ upper_j × y} for every column of the pair and {@code Σ x_j ≤ M × y} over them. Used inside the solve
 * where it fits the time, and by the benchmark as the peer to beat.
 */
public final class ExactMip {

    private static final double OPEN = 0.5;
    /** The largest network {@link #solve(Problem, Duration)} loads into SCIP. */
    public static final int MOST_COLUMNS = 400_000;

    /**
     * What the exact MIP alone reaches on a problem within a time limit, for comparison with the solver.
     *
     * @param plan    the plan of SCIP's best solution (its flows solved again over its pairs and hubs), or null where
     *                SCIP found none in time; its lower bound is SCIP's
     * @param bound   SCIP's lower bound (within SCIP's tolerances)
     * @param optimal whether SCIP proved its plan optimal
     * @param seconds wall-clock seconds, building the model included
     */
    public record Outcome(Plan plan, double bound, boolean optimal, double seconds) {
    }

    /**
     * Solves the problem's exact MIP with SCIP, from no starting plan, within {@code limit}; null where its network
     * has more than {@value #MOST_COLUMNS} columns (SCIP's model would not load in useful time and memory).
     */
    public static Outcome solve(Problem problem, Duration limit) {
        long start = System.nanoTime();
        TimedModel model = TimedModelBuilder.build(problem);
        if (model.columnCount() > MOST_COLUMNS) {
            return null;
        }
        Result result = new ExactMip().solve(model, null, limit);
        Plan plan = null;
        if (result.found()) {
            TimedSolver solver = new TimedSolver(null);
            double[] x = solver.restrictedSolve(model, result.usedPairs(), result.openedHubs());
            if (x != null) {
                double seconds = (System.nanoTime() - start) / 1e9;
                plan = new TimedPlanBuilder(problem, model.pricing, model.periods, model.release, model.need)
                        .build(model.flows(x), model.flows(solver.baseline(model)),
                                model.cost(solver.greedy(model)), result.bound(), seconds);
            }
        }
        return new Outcome(plan, result.bound(), result.optimal(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * @param found       whether SCIP found a plan in time
     * @param usedPairs   the pairs SCIP opens (null without a plan)
     * @param openedHubs  the candidate hubs SCIP opens (null without a plan)
     * @param bound       SCIP's lower bound on the optimum (within SCIP's tolerances)
     * @param optimal     whether SCIP proved its plan optimal
     */
    record Result(boolean found, boolean[] usedPairs, boolean[] openedHubs, double bound, boolean optimal) {
    }

    private MPSolver running;
    private boolean interrupted;

    /** Solves within {@code limit}, starting from the hint's column values where given. */
    Result solve(TimedModel model, double[] hint, Duration limit) {
        ScaledMinCostFlow.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("SCIP is not available in this OR-Tools build");
        }
        try {
            LinearModel lp = model.lp;
            boolean[] integer = new boolean[lp.columnCount()];
            for (int h = 0; h < model.hubCount(); h++) {
                if (model.openColumn[h] >= 0) {
                    integer[model.openColumn[h]] = true;
                }
            }
            MPConstraint[] rows = LpSolver.addRows(solver, lp);
            MPVariable[] columns = LpSolver.addColumns(solver, lp, rows, lp.cost, integer);
            MPVariable[] pairs = new MPVariable[model.pairCount()];
            MPConstraint[] pairLinks = new MPConstraint[pairs.length];
            for (int q = 0; q < pairs.length; q++) {
                pairs[q] = solver.makeBoolVar("");
                solver.objective().setCoefficient(pairs[q], model.pairFixedCost[q]);
                pairLinks[q] = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
                pairLinks[q].setCoefficient(pairs[q], -model.pairCapacity[q]);
            }
            for (int j = 0; j < columns.length; j++) {
                int q = model.pair[j];
                if (q >= 0) {
                    pairLinks[q].setCoefficient(columns[j], 1);
                    MPConstraint link = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
                    link.setCoefficient(columns[j], 1);
                    link.setCoefficient(pairs[q], -lp.upper[j]);
                }
            }
            solver.objective().setMinimization();
            if (hint != null) {
                hint(solver, model, hint, columns, pairs);
            }
            solver.setTimeLimit(Math.max(1, limit.toMillis()));
            MPSolverParameters parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
            synchronized (this) {
                if (interrupted) {
                    return new Result(false, null, null, Double.NEGATIVE_INFINITY, false);
                }
                running = solver;
            }
            MPSolver.ResultStatus status = solver.solve(parameters);
            boolean found = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
            double bound = solver.objective().bestBound();
            if (!found) {
                return new Result(false, null, null, bound, false);
            }
            boolean[] usedPairs = new boolean[pairs.length];
            for (int q = 0; q < pairs.length; q++) {
                usedPairs[q] = pairs[q].solutionValue() > OPEN;
            }
            boolean[] openedHubs = new boolean[model.hubCount()];
            for (int h = 0; h < openedHubs.length; h++) {
                openedHubs[h] = model.openColumn[h] >= 0 && columns[model.openColumn[h]].solutionValue() > OPEN;
            }
            return new Result(true, usedPairs, openedHubs, bound, status == MPSolver.ResultStatus.OPTIMAL);
        } finally {
            synchronized (this) {
                running = null;
            }
            solver.delete();
        }
    }

    private static void hint(MPSolver solver, TimedModel model, double[] x, MPVariable[] columns, MPVariable[] pairs) {
        double[] pairTonnes = model.pairTonnes(x);
        boolean[] opened = model.openedHubs(x);
        MPVariable[] variables = new MPVariable[columns.length + pairs.length];
        double[] values = new double[variables.length];
        for (int j = 0; j < columns.length; j++) {
            variables[j] = columns[j];
            values[j] = x[j] > TimedModel.FLOW_EPSILON ? x[j] : 0;
        }
        for (int h = 0; h < opened.length; h++) {
            if (model.openColumn[h] >= 0) {
                values[model.openColumn[h]] = opened[h] ? 1 : 0;
            }
        }
        for (int q = 0; q < pairs.length; q++) {
            variables[columns.length + q] = pairs[q];
            values[columns.length + q] = pairTonnes[q] > 0 ? 1 : 0;
        }
        solver.setHint(variables, values);
    }

    /** Thread-safe: makes a solve under way return its best plan soon. */
    synchronized void interrupt() {
        interrupted = true;
        if (running != null) {
            running.interruptSolve();
        }
    }
}
