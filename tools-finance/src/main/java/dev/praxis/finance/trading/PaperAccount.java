package dev.praxis.finance.trading;

import dev.praxis.finance.money.Money;
import dev.praxis.tool.ToolException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A simulated brokerage account: cash in one currency, whole-share positions, no short selling, no commission.
 * Thread-safe: every change happens under the account's lock, and the idempotency record is kept with the
 * balances it protects (spent approval tokens are recorded by the tools' {@code ActionTokens}).
 *
 * <pre>{@code
 * PaperAccount account = new PaperAccount("paper", new Money(new BigDecimal("100000.00"), "USD"));
 * }</pre>
 */
public final class PaperAccount {

    static final String NOTE = "paper account: simulated, no real order was sent";

    private final String id;
    private final String currency;
    private BigDecimal cash;
    private final Map<String, BigDecimal> positions = new TreeMap<>();
    private final Map<String, Execution> byIdempotencyKey = new HashMap<>();
    private int fills;

    /** An account called {@code id} holding {@code startingCash} and no positions. */
    public PaperAccount(String id, Money startingCash) {
        this.id = Objects.requireNonNull(id, "id");
        if (startingCash.amount().signum() < 0) {
            throw new IllegalArgumentException("startingCash must be >= 0, got " + startingCash);
        }
        this.currency = startingCash.currency();
        this.cash = startingCash.amount();
    }

    /** The default: account "paper" with 100,000.00 USD. */
    public static PaperAccount standard() {
        return new PaperAccount("paper", new Money(new BigDecimal("100000.00"), "USD"));
    }

    /** The account id that orders name, e.g. "paper". */
    public String id() {
        return id;
    }

    /** ISO-4217 currency of the cash; only symbols quoted in it can be traded. */
    public String currency() {
        return currency;
    }

    /** Cash, positions and number of fills, read consistently. */
    public synchronized AccountSummary summary() {
        return new AccountSummary(id, new Money(cash, currency), positions, fills, NOTE);
    }

    synchronized BigDecimal cash() {
        return cash;
    }

    synchronized BigDecimal position(String symbol) {
        return positions.getOrDefault(symbol, BigDecimal.ZERO);
    }

    /** Runs {@code action} holding the account's lock, so check-then-fill sequences are atomic. */
    synchronized <T> T atomically(Supplier<T> action) {
        return action.get();
    }

    /**
     * The stored execution for {@code key} if the same order was executed under it; a conflict error when the
     * key was used for a different order.
     */
    synchronized Optional<Execution> replay(String key, Order order) {
        Execution earlier = byIdempotencyKey.get(key);
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.order().canonical().equals(order.canonical())) {
            throw new ToolException("idempotency_key '" + key + "' was already used for a different order ("
                    + earlier.order().canonical() + "); use a new key for a new order");
        }
        return Optional.of(earlier.asReplay());
    }

    /** Fills {@code order} at {@code price}; checks funds and holdings first. */
    synchronized Execution fill(Order order, String key, BigDecimal price, Instant at) {
        BigDecimal gross = Money.rounded(order.quantity().multiply(price), currency).amount();
        requireFunds(order, gross);
        BigDecimal held = position(order.symbol());
        BigDecimal after = order.side() == Side.BUY ? held.add(order.quantity()) : held.subtract(order.quantity());
        cash = order.side() == Side.BUY ? cash.subtract(gross) : cash.add(gross);
        if (after.signum() == 0) {
            positions.remove(order.symbol());
        } else {
            positions.put(order.symbol(), after);
        }
        fills++;
        Execution execution = new Execution(String.format("PX-%06d", fills), order, "FILLED",
                new Money(price, currency), new Money(gross, currency), Money.rounded(BigDecimal.ZERO, currency),
                new Money(cash, currency), after, at, key, false, NOTE);
        byIdempotencyKey.put(key, execution);
        return execution;
    }

    /** Throws when a buy costs more than the cash or a sell exceeds the shares held. */
    synchronized void requireFunds(Order order, BigDecimal gross) {
        if (order.side() == Side.BUY && gross.compareTo(cash) > 0) {
            throw new ToolException("insufficient cash: buying " + order.quantity().toPlainString() + " "
                    + order.symbol() + " costs " + gross.toPlainString() + " " + currency + " but the account has "
                    + cash.toPlainString() + " " + currency);
        }
        BigDecimal held = position(order.symbol());
        if (order.side() == Side.SELL && order.quantity().compareTo(held) > 0) {
            throw new ToolException("quantity: cannot sell " + order.quantity().toPlainString() + " " + order.symbol()
                    + ", the account holds " + held.toPlainString() + " (no short selling on the paper account)");
        }
    }
}
