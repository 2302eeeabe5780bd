package dev.praxis.finance.market;

import dev.praxis.finance.money.Money;

import java.math.BigDecimal;

/**
 * Result of {@code convert_currency}.
 *
 * @param from     the amount given
 * @param to       the converted amount, rounded to the target currency's minor units
 * @param rate     units of target per unit of source, 10 decimals
 * @param rounding how {@code to} was rounded
 * @param source   who provided the rate
 */
public record Conversion(Money from, Money to, BigDecimal rate, String rounding, String source) {
}
