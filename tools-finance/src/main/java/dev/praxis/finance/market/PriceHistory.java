package dev.praxis.finance.market;

import java.util.List;

/**
 * Result of {@code price_history}.
 *
 * @param symbol   ticker
 * @param currency currency of the prices
 * @param bars     daily bars, oldest first
 * @param source   who provided them
 */
public record PriceHistory(String symbol, String currency, List<PriceBar> bars, String source) {

    /**
     * Copies the bars.
     *
     * @param symbol ticker
     * @param currency currency of the prices
     * @param bars daily bars, oldest first
     * @param source who provided them
     */
    public PriceHistory {
        bars = List.copyOf(bars);
    }
}
