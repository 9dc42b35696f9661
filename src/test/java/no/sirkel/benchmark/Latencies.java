package no.sirkel.benchmark;

import java.util.Arrays;

/**
 * Response times of one measurement, in nanoseconds, with exact nearest-rank percentiles. One instance per client
 * thread (not thread-safe); {@link #merge} joins them.
 */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.count; i++) {
                all.record(part.nanos[i]);
            }
        }
        return all;
    }

    /** The nearest-rank percentile in milliseconds: the smallest time at least {@code percent} % of requests met. */
    double percentileMillis(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
