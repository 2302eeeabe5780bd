package dev.praxis.finance.trading;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An order exactly as previewed and executed. {@link #canonical()} is the text the approval token signs, so a
 * token for 10 shares does not execute 100.
 *
 * @param account    account id
 * @param symbol     ticker, upper case
 * @param side       buy or sell
 * @param quantity   number of shares
 * @param orderType  market or limit
 * @param limitPrice limit price, present exactly for limit orders
 */
public record Order(String account, String symbol, Side side, BigDecimal quantity, OrderType orderType,
                    Optional<BigDecimal> limitPrice) {

    /**
     * Checks that the required fields are present.
     *
     * @param account account id
     * @param symbol ticker, upper case
     * @param side buy or sell
     * @param quantity number of shares
     * @param orderType market or limit
     * @param limitPrice limit price, present exactly for limit orders
     */
    public Order {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(orderType, "orderType");
        Objects.requireNonNull(limitPrice, "limitPrice");
    }

    /**
     * A stable text form: equal orders (1 and 1.00 shares alike) give equal text.
     *
     * @return the canonical text
     */
    public String canonical() {
        return "account=" + account + "|symbol=" + symbol + "|side=" + side + "|quantity="
                + quantity.stripTrailingZeros().toPlainString() + "|type=" + orderType + "|limit="
                + limitPrice.map(p -> p.stripTrailingZeros().toPlainString()).orElse("-");
    }
}
