package dev.praxis.finance.trading;

import dev.praxis.finance.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What an order would do, and the token that authorises exactly this order until {@code expiresAt}.
 *
 * @param order          the order priced
 * @param estimatedPrice current price per share
 * @param estimatedCost  quantity × price + commission for a buy; proceeds − commission for a sell
 * @param commission     commission charged
 * @param cashAfter      cash after the trade at this price
 * @param positionAfter  shares held after the trade
 * @param priceBound     the worst price execution accepts: the limit, or for a market order the estimate moved by
 *                       the maximum slippage (up for a buy, down for a sell)
 * @param approvalToken  pass to execute_trade with the same order; single use
 * @param expiresAt      when the token stops working
 * @param warnings       things the user should know before approving
 * @param source         where the price came from
 */
public record TradePreview(Order order, Money estimatedPrice, Money estimatedCost, Money commission, Money cashAfter,
                           BigDecimal positionAfter, Money priceBound, String approvalToken, Instant expiresAt, List<String> warnings,
                           String source) {

    /**
     * Copies the warnings.
     *
     * @param order the order priced
     * @param estimatedPrice current price per share
     * @param estimatedCost quantity × price + commission for a buy; proceeds − commission for a sell
     * @param commission commission charged
     * @param cashAfter cash after the trade at this price
     * @param positionAfter shares held after the trade
     * @param priceBound the worst price execution accepts: the limit, or for a market order the estimate moved by
     * @param approvalToken pass to execute_trade with the same order; single use
     * @param expiresAt when the token stops working
     * @param warnings things the user should know before approving
     * @param source where the price came from
     */
    public TradePreview {
        warnings = List.copyOf(warnings);
    }
}
