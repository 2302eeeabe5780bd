package dev.praxis.benchmarks.concurrency;

import java.util.Arrays;

/** Turn latencies in nanoseconds, summarised as percentiles (nearest rank). */
final class Latencies {

    private final long[] sorted;

    Latencies(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no latencies recorded");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The {@code p}-th percentile (0 < p <= 100) by nearest rank, in milliseconds. */
    double percentileMillis(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMillis() {
        return sorted[sorted.length - 1] / 1e6;
    }
}
