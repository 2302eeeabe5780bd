package dev.praxis.benchmarks.concurrency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatenciesTest {

    @Test
    void givesNearestRankPercentilesInMilliseconds() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[99 - i] = (i + 1) * 1_000_000L;
        }
        Latencies latencies = new Latencies(nanos);

        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
        assertThat(latencies.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void rejectsAnEmptySampleAndPercentilesOutOfRange() {
        assertThatThrownBy(() -> new Latencies(new long[0])).hasMessageContaining("no latencies");
        assertThatThrownBy(() -> new Latencies(new long[]{1}).percentileMillis(0)).hasMessageContaining("got 0.0");
    }
}
