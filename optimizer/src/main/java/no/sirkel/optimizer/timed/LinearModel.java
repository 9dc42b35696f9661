package no.sirkel.optimizer.timed;

import java.util.Arrays;

/**
 * A linear program {@code min c·x, rowLower ≤ A·x ≤ rowUpper, lower ≤ x ≤ upper} in sparse column form, as the
 * time-expanded network writes it. Every column has finite bounds, which is what lets {@link SafeBound} turn any
 * dual vector into a proven lower bound. Built column by column with {@link Builder}; immutable after.
 */
final class LinearModel {

    final double[] cost;
    final double[] lower;
    final double[] upper;
    final double[] rowLower;
    final double[] rowUpper;
    /** Entries of column j are {@code rowOf[k], coefficient[k]} for k in {@code [columnStart[j], columnStart[j + 1])}. */
    final int[] columnStart;
    final int[] rowOf;
    final double[] coefficient;

    private LinearModel(Builder builder) {
        int columns = builder.columns;
        cost = Arrays.copyOf(builder.cost, columns);
        lower = Arrays.copyOf(builder.lower, columns);
        upper = Arrays.copyOf(builder.upper, columns);
        rowLower = Arrays.copyOf(builder.rowLower, builder.rows);
        rowUpper = Arrays.copyOf(builder.rowUpper, builder.rows);
        columnStart = Arrays.copyOf(builder.columnStart, columns + 1);
        rowOf = Arrays.copyOf(builder.rowOf, builder.entries);
        coefficient = Arrays.copyOf(builder.coefficient, builder.entries);
    }

    private LinearModel(double[] cost, double[] lower, double[] upper, double[] rowLower, double[] rowUpper,
                        int[] columnStart, int[] rowOf, double[] coefficient) {
        this.cost = cost;
        this.lower = lower;
        this.upper = upper;
        this.rowLower = rowLower;
        this.rowUpper = rowUpper;
        this.columnStart = columnStart;
        this.rowOf = rowOf;
        this.coefficient = coefficient;
    }

    /**
     * The same rows over only the given columns (in that order), with these costs and bounds (indexed like this
     * model's columns): every plan of the smaller model is one of this model with the other columns at 0.
     */
    LinearModel restrictedTo(int[] columns, double[] newCost, double[] newLower, double[] newUpper) {
        int entries = 0;
        for (int j : columns) {
            entries += columnStart[j + 1] - columnStart[j];
        }
        double[] c = new double[columns.length];
        double[] lo = new double[columns.length];
        double[] hi = new double[columns.length];
        int[] start = new int[columns.length + 1];
        int[] rows = new int[entries];
        double[] coefficients = new double[entries];
        int k = 0;
        for (int i = 0; i < columns.length; i++) {
            int j = columns[i];
            c[i] = newCost[j];
            lo[i] = newLower[j];
            hi[i] = newUpper[j];
            for (int e = columnStart[j]; e < columnStart[j + 1]; e++) {
                rows[k] = rowOf[e];
                coefficients[k++] = coefficient[e];
            }
            start[i + 1] = k;
        }
        return new LinearModel(c, lo, hi, rowLower, rowUpper, start, rows, coefficients);
    }

    int columnCount() {
        return cost.length;
    }

    int rowCount() {
        return rowLower.length;
    }

    /** Grows row by row and column by column; a column's entries are given with it. */
    static final class Builder {

        private double[] cost = new double[1024];
        private double[] lower = new double[1024];
        private double[] upper = new double[1024];
        private int[] columnStart = new int[1025];
        private int columns;
        private double[] rowLower = new double[1024];
        private double[] rowUpper = new double[1024];
        private int rows;
        private int[] rowOf = new int[4096];
        private double[] coefficient = new double[4096];
        private int entries;

        /** A new row {@code lo ≤ Σ ≤ hi} (either may be infinite); returns its index. */
        int row(double lo, double hi) {
            if (rows == rowLower.length) {
                rowLower = Arrays.copyOf(rowLower, 2 * rows);
                rowUpper = Arrays.copyOf(rowUpper, 2 * rows);
            }
            rowLower[rows] = lo;
            rowUpper[rows] = hi;
            return rows++;
        }

        /** A new column with finite bounds and its entries as (row, coefficient) pairs; returns its index. */
        int column(double columnCost, double lo, double hi, int[] entryRows, double[] entryCoefficients) {
            if (Double.isInfinite(lo) || Double.isInfinite(hi)) {
                throw new IllegalArgumentException("columns need finite bounds");
            }
            if (columns == cost.length) {
                cost = Arrays.copyOf(cost, 2 * columns);
                lower = Arrays.copyOf(lower, 2 * columns);
                upper = Arrays.copyOf(upper, 2 * columns);
                columnStart = Arrays.copyOf(columnStart, 2 * columns + 1);
            }
            while (entries + entryRows.length > rowOf.length) {
                rowOf = Arrays.copyOf(rowOf, 2 * rowOf.length);
                coefficient = Arrays.copyOf(coefficient, 2 * coefficient.length);
            }
            for (int k = 0; k < entryRows.length; k++) {
                rowOf[entries] = entryRows[k];
                coefficient[entries++] = entryCoefficients[k];
            }
            cost[columns] = columnCost;
            lower[columns] = lo;
            upper[columns] = hi;
            columnStart[++columns] = entries;
            return columns - 1;
        }

        LinearModel build() {
            return new LinearModel(this);
        }
    }
}
