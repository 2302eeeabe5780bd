package dev.praxis.finance.trading;

import dev.praxis.approval.ActionToken;
import dev.praxis.approval.ApprovalSummary;
import dev.praxis.finance.money.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The approval summary of {@code execute_trade}, from the order and the terms of its verified token. */
final class TradeSummary {

    private TradeSummary() {
    }

    static ApprovalSummary of(Order order, PaperAccount account, ActionToken token, BigDecimal maxSlippagePercent) {
        String currency = account.currency();
        BigDecimal quoted = new BigDecimal(token.term("quoted_price"));
        BigDecimal bound = new BigDecimal(token.term("price_bound"));
        String verb = order.side() == Side.BUY ? "Buy" : "Sell";
        String shares = order.quantity().toPlainString() + " " + order.symbol();
        Money estimate = Money.rounded(order.quantity().multiply(quoted), currency);
        Money worst = Money.rounded(order.quantity().multiply(bound), currency);
        String boundText = (order.side() == Side.BUY ? "at or below " : "at or above ") + bound.toPlainString() + " "
                + currency + " per share";
        String why = order.orderType() == OrderType.LIMIT ? "the limit price"
                : "the preview price " + quoted.toPlainString() + " " + currency + (order.side() == Side.BUY ? " + " : " - ")
                + maxSlippagePercent.stripTrailingZeros().toPlainString() + " % slippage";
        return new ApprovalSummary(verb + " " + shares + " on account '" + order.account() + "': about " + estimate,
                List.of(order.orderType().name().toLowerCase(Locale.ROOT) + " order: " + verb.toLowerCase(Locale.ROOT)
                                + " " + shares + " shares",
                        "Price bound: fills only " + boundText + " (" + why + ")",
                        "Estimated total " + estimate + " at " + quoted.toPlainString() + " " + currency + "; "
                                + (order.side() == Side.BUY ? "at most " : "at least ") + worst + " at the bound",
                        "Paper account: simulated, no real order is sent",
                        "Cannot be undone: a filled trade is only reversed by another trade"),
                Optional.of(token.expiresAt()));
    }
}
