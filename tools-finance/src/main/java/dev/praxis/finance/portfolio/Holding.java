package dev.praxis.finance.portfolio;

import dev.praxis.tool.Param;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One line of a portfolio as the model sends it.
 *
 * @param symbol    ticker, e.g. AAPL
 * @param quantity  number of shares, > 0
 * @param costBasis optional total amount paid for the position, in the instrument's currency
 */
public record Holding(@Param("Ticker symbol, e.g. AAPL") String symbol,
                      @Param(value = "Number of shares held", min = "0.000001") BigDecimal quantity,
                      @Param(value = "Total amount paid for the position, in the instrument's currency; optional",
                              required = false, min = "0") @Nullable BigDecimal costBasis) {
}
