package dev.praxis.finance.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The latest price of a symbol.
 *
 * @param symbol        ticker, upper case
 * @param name          instrument name
 * @param price         last price
 * @param currency      ISO-4217 currency of the price
 * @param change        change against the previous close
 * @param changePercent that change in percent
 * @param asOf          trading day of the price
 * @param source        who provided it; sample data says so
 */
public record Quote(String symbol, String name, BigDecimal price, String currency, BigDecimal change,
                    BigDecimal changePercent, LocalDate asOf, String source) {
}
