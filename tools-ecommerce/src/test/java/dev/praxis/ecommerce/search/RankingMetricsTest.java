package dev.praxis.ecommerce.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankingMetricsTest {

    @Test
    void ndcgOfAHandMadeRanking() {
        // relevant {a, b, c}; ranking a, x, b, y: DCG = 1/log2(2) + 1/log2(4) = 1 + 0.5 = 1.5;
        // ideal = 1 + 1/log2(3) + 1/log2(4) = 1 + 0.63093 + 0.5 = 2.13093; nDCG = 0.70392
        assertThat(RankingMetrics.ndcgAt(List.of("a", "x", "b", "y"), Set.of("a", "b", "c"), 10))
                .isCloseTo(0.70392, within(1e-5));
    }

    @Test
    void perfectAndEmptyRankings() {
        assertThat(RankingMetrics.ndcgAt(List.of("a", "b"), Set.of("a", "b"), 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.ndcgAt(List.of("x", "y"), Set.of("a"), 10)).isZero();
    }

    @Test
    void cutsAtK() {
        // only the first 2 count: a at rank 1; ideal over min(k, |rel|) = 2 positions: 1 + 0.63093
        assertThat(RankingMetrics.ndcgAt(List.of("a", "x", "b"), Set.of("a", "b"), 2)).isCloseTo(1 / 1.63093, within(1e-5));
        assertThat(RankingMetrics.recallAt(List.of("a", "x", "b"), Set.of("a", "b"), 2)).isEqualTo(0.5);
    }

    @Test
    void recallCountsRelevantItemsFound() {
        assertThat(RankingMetrics.recallAt(List.of("a", "b", "x"), Set.of("a", "b", "c", "d"), 10)).isEqualTo(0.5);
        assertThat(RankingMetrics.recallAt(List.of(), Set.of("a"), 10)).isZero();
    }

    @Test
    void gradedNdcgCountsAnExactMatchThreeTimesAnAcceptableOne() {
        // grades a=2, b=1; ranking b, a: DCG = 1/log2(2) + 3/log2(3) = 1 + 1.89279 = 2.89279;
        // ideal a, b = 3 + 1/log2(3) = 3.63093; nDCG = 0.79671
        assertThat(RankingMetrics.gradedNdcgAt(List.of("b", "a"), Map.of("a", 2, "b", 1), 10))
                .isCloseTo(0.79671, within(1e-5));
        assertThat(RankingMetrics.gradedNdcgAt(List.of("a", "b"), Map.of("a", 2, "b", 1), 10)).isEqualTo(1.0);
    }
}
