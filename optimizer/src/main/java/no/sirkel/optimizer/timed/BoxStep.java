package no.sirkel.optimizer.timed;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import no.sirkel.optimizer.flow.ScaledMinCostFlow;

/**
 * Chooses the multipliers λ ≥ 0 of the hubs' shared capacity for the next flow relaxation solve by the boxstep
 * method (Marsten, Hogan &amp; Blankenship 1975), a cutting-plane method within a box around the best multipliers so
 * far. The bound is a concave function of λ, and each solve at λ_k that bounds L_k with capacity excess g_k (stock
 * beyond each hub's capacity per period, {@link FlowRelaxation#excess}) gives the cut {@code L(λ) ≤ L_k + g_k·(λ −
 * λ_k)}; the next λ maximises the least of the cuts within {@code |λ − centre| ≤ box} (a small linear program, GLOP).
 * A solve that gains at least {@value #SERIOUS_SHARE} of what the cuts promised moves the centre there and doubles
 * the box; one that does not halves the box and keeps its cut. Unlike subgradient steps, which use only the last
 * solve, every solve's cut shapes the next choice: at 2,000 × 2,000 monthly the subgradient steps needed a dozen
 * solves to approach the best bound.
 *
 * <p>Only which λ to try comes from here; every bound is a flow relaxation solve's, valid for any λ ≥ 0.
 */
final class BoxStep {

    private static final double SERIOUS_SHARE = 0.2;
    /** Converged once the cuts promise less than this share of the bound's magnitude. */
    private static final double CONVERGED_SHARE = 1e-5;
    /**
     * The first box: the step that the first cut alone says would gain this share of the bound. At 2,000 × 2,000
     * monthly the least case stood after eight solves at 1,919.2 million NOK with 0.02, 1,913.4 with 0.05, and after
     * seven at 1,906.0 with 0.1 (smaller shares: about as 0.02).
     */
    private static final double FIRST_GAIN_SHARE = 0.02;

    private final double mostLambda;
    private final List<double[]> slopes = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final List<double[]> points = new ArrayList<>();
    private double[] centre;
    private double centreValue = Double.NEGATIVE_INFINITY;
    private double box;
    private double promised = Double.NaN;

    /** @param mostLambda the largest multiplier worth trying (per tonne, as the column costs) */
    BoxStep(double mostLambda) {
        this.mostLambda = mostLambda;
    }

    /** A new search with this one's box, for a related case that starts from this one's {@link #centre}. */
    BoxStep withSameBox() {
        BoxStep copy = new BoxStep(mostLambda);
        copy.box = box;
        return copy;
    }

    /** The best multipliers so far (null before the first solve). */
    double[] centre() {
        return centre;
    }

    /**
     * Records the solve at {@code lambda} (its bound and capacity excess) and returns the multipliers to try next, or
     * null where the cuts promise no more gain worth a solve.
     */
    double[] next(double[] lambda, double bound, double[] excess) {
        slopes.add(excess);
        values.add(bound);
        points.add(lambda);
        if (centre == null) {
            centre = lambda;
            centreValue = bound;
            if (box == 0) {
                double norm = 0;
                double largest = 0;
                for (double g : excess) {
                    norm += g * g;
                    largest = Math.max(largest, Math.abs(g));
                }
                box = norm > 0 ? FIRST_GAIN_SHARE * Math.abs(bound) * largest / norm : 1;
            }
        } else if (bound >= centreValue + SERIOUS_SHARE * (promised - centreValue)) {
            centre = lambda;
            centreValue = bound;
            box *= 2;
        } else {
            box /= 2;
        }
        return master();
    }

    /** The multipliers within the box around the centre that maximise the least cut, or null where converged. */
    private double[] master() {
        ScaledMinCostFlow.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            int m = centre.length;
            MPVariable[] lambda = new MPVariable[m];
            for (int i = 0; i < m; i++) {
                lambda[i] = solver.makeNumVar(Math.max(0, centre[i] - box), Math.min(mostLambda, centre[i] + box), "");
            }
            // v, the promised bound, in thousands above the centre's, to keep GLOP's numbers small
            MPVariable gain = solver.makeNumVar(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "");
            for (int k = 0; k < slopes.size(); k++) {
                double[] g = slopes.get(k);
                double[] at = points.get(k);
                double constant = values.get(k) - centreValue;
                for (int i = 0; i < m; i++) {
                    constant -= g[i] * at[i];
                }
                MPConstraint cut = solver.makeConstraint(Double.NEGATIVE_INFINITY, constant / 1000, "");
                cut.setCoefficient(gain, 1);
                for (int i = 0; i < m; i++) {
                    if (g[i] != 0) {
                        cut.setCoefficient(lambda[i], -g[i] / 1000);
                    }
                }
            }
            MPObjective objective = solver.objective();
            objective.setCoefficient(gain, 1);
            objective.setMaximization();
            if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
                return null;
            }
            double promisedGain = gain.solutionValue() * 1000;
            if (promisedGain <= CONVERGED_SHARE * Math.abs(centreValue)) {
                return null;
            }
            promised = centreValue + promisedGain;
            double[] next = new double[m];
            for (int i = 0; i < m; i++) {
                next[i] = lambda[i].solutionValue();
            }
            return next;
        } finally {
            solver.delete();
        }
    }
}
