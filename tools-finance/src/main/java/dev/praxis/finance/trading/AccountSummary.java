package dev.praxis.finance.trading;

import dev.praxis.finance.money.Money;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Cash and positions of the paper account.
 *
 * @param account   account id
 * @param cash      cash available
 * @param positions shares held per symbol
 * @param trades    number of fills so far
 * @param note      that this is a simulated account
 */
public record AccountSummary(String account, Money cash, Map<String, BigDecimal> positions, int trades, String note) {

    /**
     * Copies the positions.
     *
     * @param account account id
     * @param cash cash available
     * @param positions shares held per symbol
     * @param trades number of fills so far
     * @param note that this is a simulated account
     */
    public AccountSummary {
        positions = Map.copyOf(positions);
    }
}
