package no.sirkel.optimizer;

import java.time.Duration;

/**
 * How long and on how many threads {@link Optimizer#solve} may work.
 *
 * @param timeLimit wall-clock time for the whole solve (&gt; 0); the network, the greedy plan and the bound are always
 *                  computed, even where they alone take longer
 * @param threads   threads the local search may use (≥ 1)
 */
public record SolveOptions(Duration timeLimit, int threads) {

    public SolveOptions {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be > 0, was " + timeLimit);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
    }
}
