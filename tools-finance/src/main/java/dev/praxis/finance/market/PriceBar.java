package dev.praxis.finance.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One trading day of a symbol.
 *
 * @param date   trading day
 * @param open   opening price
 * @param high   highest price
 * @param low    lowest price
 * @param close  closing price
 * @param volume shares traded
 */
public record PriceBar(LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                       long volume) {
}
