package no.sirkel.indicator;

import java.util.Set;
import java.util.UUID;

/**
 * An indicator's value over a period, with the companies whose business it is made of (for the confidentiality
 * rule).
 *
 * @param value the value in the indicator's unit, or null where it is undefined (a rate over nothing)
 */
record Measure(Double value, Set<UUID> companies) {

    /** A figure made of fewer than this many companies could identify one's business and is not shown. */
    static final int MIN_COMPANIES = 3;

    /** Whether the figure must be suppressed: one or two companies make it up. */
    boolean suppressed() {
        return !companies.isEmpty() && companies.size() < MIN_COMPANIES;
    }
}
