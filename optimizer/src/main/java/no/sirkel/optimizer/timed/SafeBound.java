package no.sirkel.optimizer.timed;

/**
 * A proven lower bound on a {@link LinearModel}'s optimum from any row duals π, however inexact (Neumaier &amp;
 * Shcherbina 2004). For every x with {@code rowLower ≤ A·x ≤ rowUpper} and {@code lower ≤ x ≤ upper}:
 *
 * <pre>
 *   c·x = π·(A·x) + (c − Aᵀπ)·x ≥ Σ_i min(π_i·rowLower_i, π_i·rowUpper_i) + Σ_j min(d_j·lower_j, d_j·upper_j)
 * </pre>
 *
 * with {@code d = c − Aᵀπ}; a dual whose row is open on the side its sign needs is taken as 0 first (every column
 * has finite bounds, so the column terms are always finite). Floating-point error in these sums is covered by
 * subtracting {@code (n + 2) × 2⁻⁵² × Σ |terms|}, n the number of terms summed into any one number.
 */
final class SafeBound {

    private SafeBound() {
    }

    /** The bound for column costs {@code cost} (the model's rows and bounds), from duals {@code duals}. */
    static double of(LinearModel model, double[] cost, double[] duals) {
        int rows = model.rowCount();
        double[] pi = new double[rows];
        double sum = 0;
        double magnitude = 0;
        for (int i = 0; i < rows; i++) {
            double p = duals[i];
            if (Double.isNaN(p) || p > 0 && Double.isInfinite(model.rowLower[i])
                    || p < 0 && Double.isInfinite(model.rowUpper[i])) {
                p = 0;
            }
            pi[i] = p;
            if (p != 0) {
                double term = p > 0 ? p * model.rowLower[i] : p * model.rowUpper[i];
                sum += term;
                magnitude += Math.abs(term);
            }
        }
        for (int j = 0; j < model.columnCount(); j++) {
            double reduced = cost[j];
            double reducedMagnitude = Math.abs(cost[j]);
            int start = model.columnStart[j];
            int end = model.columnStart[j + 1];
            for (int k = start; k < end; k++) {
                double product = model.coefficient[k] * pi[model.rowOf[k]];
                reduced -= product;
                reducedMagnitude += Math.abs(product);
            }
            double term = Math.min(reduced * model.lower[j], reduced * model.upper[j]);
            sum += term;
            double bound = Math.max(Math.abs(model.lower[j]), Math.abs(model.upper[j]));
            magnitude += Math.abs(term) + reducedMagnitude * bound * (end - start + 2) * 0x1p-52;
        }
        int terms = rows + model.columnCount();
        return sum - (terms + 2) * 0x1p-52 * magnitude;
    }
}
