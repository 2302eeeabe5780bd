package dev.praxis.finance.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Performance of a return series; every rate in percent, ratios as plain numbers.
 *
 * @param periods                     number of returns used
 * @param totalReturnPercent          compounded return over all periods
 * @param cagrPercent                 compound annual growth rate: (1 + total)^(periods_per_year / periods) − 1
 * @param annualVolatilityPercent     sample standard deviation (ddof 1) × √periods_per_year
 * @param sharpeRatio                 annualised Sharpe ratio; absent when volatility is zero
 * @param sortinoRatio                annualised Sortino ratio; absent when there is no downside
 * @param maxDrawdownPercent          largest peak-to-trough fall of cumulative wealth, as a negative percent
 * @param drawdownPeakPeriod          period index (0 = start) of the peak before the largest drawdown
 * @param drawdownTroughPeriod        period index of that drawdown's trough
 * @param beta                        beta against the benchmark, when one was given
 * @param conventions                 how each figure was computed
 */
public record PerformanceMetrics(int periods, BigDecimal totalReturnPercent, BigDecimal cagrPercent,
                                 BigDecimal annualVolatilityPercent, Optional<BigDecimal> sharpeRatio,
                                 Optional<BigDecimal> sortinoRatio, BigDecimal maxDrawdownPercent,
                                 int drawdownPeakPeriod, int drawdownTroughPeriod, Optional<BigDecimal> beta,
                                 List<String> conventions) {

    /**
     * Copies the conventions.
     *
     * @param periods number of returns used
     * @param totalReturnPercent compounded return over all periods
     * @param cagrPercent compound annual growth rate: (1 + total)^(periods_per_year / periods) − 1
     * @param annualVolatilityPercent sample standard deviation (ddof 1) × √periods_per_year
     * @param sharpeRatio annualised Sharpe ratio; absent when volatility is zero
     * @param sortinoRatio annualised Sortino ratio; absent when there is no downside
     * @param maxDrawdownPercent largest peak-to-trough fall of cumulative wealth, as a negative percent
     * @param drawdownPeakPeriod period index (0 = start) of the peak before the largest drawdown
     * @param drawdownTroughPeriod period index of that drawdown's trough
     * @param beta beta against the benchmark, when one was given
     * @param conventions how each figure was computed
     */
    public PerformanceMetrics {
        conventions = List.copyOf(conventions);
    }

    /**
     * This result with one more line in {@link #conventions()}, e.g. where the returns came from.
     *
     * @param note the line to add
     * @return a copy with the note added
     */
    public PerformanceMetrics withNote(String note) {
        List<String> notes = new ArrayList<>(conventions);
        notes.add(note);
        return new PerformanceMetrics(periods, totalReturnPercent, cagrPercent, annualVolatilityPercent, sharpeRatio,
                sortinoRatio, maxDrawdownPercent, drawdownPeakPeriod, drawdownTroughPeriod, beta, notes);
    }
}
