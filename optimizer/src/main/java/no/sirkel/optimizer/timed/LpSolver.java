package no.sirkel.optimizer.timed;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import no.sirkel.optimizer.flow.ScaledMinCostFlow;

/**
 * A {@link LinearModel} loaded once into OR-Tools' GLOP, solved again and again with other column costs and bounds;
 * GLOP starts each solve from the previous basis. Not thread-safe, except {@link #interrupt()}.
 */
final class LpSolver implements AutoCloseable {

    /**
     * @param solved whether GLOP reports an optimal basis (otherwise {@code x} and {@code duals} may be unusable)
     * @param x      column values
     * @param duals  row duals (any sign convention gives a valid bound through {@link SafeBound})
     */
    record Solution(boolean solved, double[] x, double[] duals) {
    }

    private final LinearModel model;
    private final MPSolver solver;
    private final MPVariable[] variables;
    private final MPConstraint[] constraints;
    private final double[] cost;
    private final double[] lower;
    private final double[] upper;

    LpSolver(LinearModel model) {
        ScaledMinCostFlow.loadNativeLibraries();
        this.model = model;
        this.solver = MPSolver.createSolver("GLOP");
        this.cost = model.cost.clone();
        this.lower = model.lower.clone();
        this.upper = model.upper.clone();
        this.constraints = addRows(solver, model);
        this.variables = addColumns(solver, model, constraints, cost, new boolean[model.columnCount()]);
        solver.objective().setMinimization();
    }

    static MPConstraint[] addRows(MPSolver solver, LinearModel model) {
        MPConstraint[] constraints = new MPConstraint[model.rowCount()];
        for (int i = 0; i < constraints.length; i++) {
            constraints[i] = solver.makeConstraint(model.rowLower[i], model.rowUpper[i], "");
        }
        return constraints;
    }

    static MPVariable[] addColumns(MPSolver solver, LinearModel model, MPConstraint[] constraints, double[] cost,
                                   boolean[] integer) {
        MPVariable[] variables = new MPVariable[model.columnCount()];
        MPObjective objective = solver.objective();
        for (int j = 0; j < variables.length; j++) {
            variables[j] = solver.makeVar(model.lower[j], model.upper[j], integer[j], "");
            objective.setCoefficient(variables[j], cost[j]);
            for (int k = model.columnStart[j]; k < model.columnStart[j + 1]; k++) {
                constraints[model.rowOf[k]].setCoefficient(variables[j], model.coefficient[k]);
            }
        }
        return variables;
    }

    /** Solves with these column costs and bounds (only changes are handed to GLOP). */
    Solution solve(double[] newCost, double[] newLower, double[] newUpper, long timeLimitMillis) {
        MPObjective objective = solver.objective();
        for (int j = 0; j < variables.length; j++) {
            if (newCost[j] != cost[j]) {
                cost[j] = newCost[j];
                objective.setCoefficient(variables[j], cost[j]);
            }
            if (newLower[j] != lower[j] || newUpper[j] != upper[j]) {
                lower[j] = newLower[j];
                upper[j] = newUpper[j];
                variables[j].setBounds(lower[j], upper[j]);
            }
        }
        solver.setTimeLimit(Math.max(1, timeLimitMillis));
        MPSolver.ResultStatus status = solver.solve();
        boolean solved = status == MPSolver.ResultStatus.OPTIMAL;
        double[] x = new double[variables.length];
        double[] duals = new double[constraints.length];
        if (solved) {
            for (int j = 0; j < x.length; j++) {
                x[j] = Math.max(0, variables[j].solutionValue());
            }
            for (int i = 0; i < duals.length; i++) {
                duals[i] = constraints[i].dualValue();
            }
        }
        return new Solution(solved, x, duals);
    }

    Solution solve(double[] newCost, long timeLimitMillis) {
        return solve(newCost, model.lower, model.upper, timeLimitMillis);
    }

    /**
     * Solves the model over only the columns whose upper bound is above 0 (the others stay 0), with these costs and
     * bounds per column: a much smaller linear program where most columns are closed.
     *
     * @param timeLimitMillis how long GLOP may take
     * @param running         told of the solver while it runs (null when done), so that it can be interrupted
     * @return the column values, or null where GLOP does not solve it in time
     */
    static double[] solveOver(LinearModel model, double[] cost, double[] lower, double[] upper, long timeLimitMillis,
                              java.util.function.Consumer<LpSolver> running) {
        int kept = 0;
        int[] columns = new int[model.columnCount()];
        for (int j = 0; j < columns.length; j++) {
            if (upper[j] > 0) {
                columns[kept++] = j;
            }
        }
        columns = java.util.Arrays.copyOf(columns, kept);
        LinearModel restricted = model.restrictedTo(columns, cost, lower, upper);
        try (LpSolver lp = new LpSolver(restricted)) {
            running.accept(lp);
            Solution solution = lp.solve(restricted.cost, timeLimitMillis);
            if (!solution.solved()) {
                return null;
            }
            double[] x = new double[model.columnCount()];
            for (int i = 0; i < columns.length; i++) {
                x[columns[i]] = solution.x()[i];
            }
            return x;
        } finally {
            running.accept(null);
        }
    }

    /** Thread-safe: makes a solve under way return soon. */
    void interrupt() {
        solver.interruptSolve();
    }

    @Override
    public void close() {
        solver.delete();
    }
}
