package dev.praxis.finance.trading;

import dev.praxis.finance.money.Money;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A filled paper trade.
 *
 * @param executionId    id of the fill, e.g. PX-000001
 * @param order          the order filled
 * @param status         always FILLED for the paper account
 * @param fillPrice      price per share
 * @param grossAmount    quantity × fill price
 * @param commission     commission charged
 * @param cashAfter      account cash after the fill
 * @param positionAfter  shares of the symbol held after the fill
 * @param executedAt     when it was filled
 * @param idempotencyKey the key it was executed under
 * @param replayed       true when this is the stored result of an earlier call with the same key
 * @param note           that no real order was sent
 */
public record Execution(String executionId, Order order, String status, Money fillPrice, Money grossAmount,
                        Money commission, Money cashAfter, BigDecimal positionAfter, Instant executedAt,
                        String idempotencyKey, boolean replayed, String note) {

    Execution asReplay() {
        return new Execution(executionId, order, status, fillPrice, grossAmount, commission, cashAfter, positionAfter,
                executedAt, idempotencyKey, true, note);
    }
}
