package dev.praxis.finance.portfolio;

import dev.praxis.finance.money.Money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A valued holding.
 *
 * @param symbol          ticker
 * @param quantity        shares held
 * @param price           last price in the instrument's currency
 * @param marketValue     quantity × price, in the instrument's currency
 * @param marketValueBase market value converted to the base currency
 * @param weightPercent   share of the portfolio's total, in percent (4 decimals)
 * @param unrealizedPnl   market value − cost basis, when a cost basis was given
 */
public record Position(String symbol, BigDecimal quantity, Money price, Money marketValue, Money marketValueBase,
                       BigDecimal weightPercent, Optional<Money> unrealizedPnl) {
}
