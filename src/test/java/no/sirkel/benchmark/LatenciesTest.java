package no.sirkel.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int millis = 100; millis >= 1; millis--) {
            latencies.record(millis * 1_000_000L);
        }
        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(95)).isEqualTo(95.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
    }

    @Test
    void mergesTheClientsTimesAndGrowsPastItsFirstArray() {
        Latencies fast = new Latencies();
        Latencies slow = new Latencies();
        for (int i = 0; i < 3000; i++) {
            fast.record(1_000_000L);
        }
        slow.record(40_000_000L);
        Latencies all = Latencies.merge(List.of(fast, slow));
        assertThat(all.count()).isEqualTo(3001);
        assertThat(all.percentileMillis(99)).isEqualTo(1.0);
        assertThat(all.percentileMillis(100)).isEqualTo(40.0);
    }

    @Test
    void noTimesHaveNoPercentile() {
        assertThat(new Latencies().percentileMillis(50)).isNaN();
    }
}
