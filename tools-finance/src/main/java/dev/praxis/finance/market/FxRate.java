package dev.praxis.finance.market;

import java.math.BigDecimal;

/**
 * Result of {@code fx_rate}: how many units of the quote currency one unit of the base currency buys.
 *
 * @param baseCurrency  e.g. EUR
 * @param quoteCurrency e.g. USD
 * @param rate          units of quote per unit of base, 10 decimals
 * @param inverse       units of base per unit of quote, 10 decimals
 * @param source        who provided it
 */
public record FxRate(String baseCurrency, String quoteCurrency, BigDecimal rate, BigDecimal inverse, String source) {
}
