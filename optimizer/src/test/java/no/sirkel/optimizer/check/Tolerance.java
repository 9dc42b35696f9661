package no.sirkel.optimizer.check;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How close a reported number must be to the recomputed one: a relative tolerance of 1e-6, with an absolute floor of
 * 1e-6 (in the field's unit) for values near zero.
 */
final class Tolerance {

    static final double RELATIVE = 1e-6;

    private Tolerance() {
    }

    static boolean close(double actual, double expected) {
        return closeAtScale(actual, expected, expected);
    }

    /** Whether actual is within the tolerance of expected, the tolerance taken relative to {@code scale}. */
    static boolean closeAtScale(double actual, double expected, double scale) {
        return Math.abs(actual - expected) <= allowance(scale);
    }

    /** Whether actual is at most limit, give or take the tolerance. */
    static boolean atMost(double actual, double limit) {
        return actual <= limit + allowance(limit);
    }

    static double allowance(double scale) {
        return RELATIVE * Math.max(1.0, Math.abs(scale));
    }

    /** A number as people read it: no exponent, no trailing zeros, ten significant digits at most. */
    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
