package dev.praxis.finance.trading;

import dev.praxis.finance.money.Money;
import dev.praxis.json.PraxisJson;
import dev.praxis.records.InMemoryRecordStore;
import dev.praxis.records.RecordStore;
import dev.praxis.tool.ToolException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * A simulated brokerage account: cash in one currency, whole-share positions, no short selling, no commission.
 * Its balances and the executions by idempotency key are one record (kind {@value #KIND}, id the account id) in a
 * {@link RecordStore}, so a fill and its key are written together in one compare-and-set: after a crash a trade
 * either happened with its key recorded or did not happen, and a retry with the key never trades twice, also from
 * another process on the same store. Spent approval tokens are recorded by the tools' {@code ActionTokens}.
 *
 * <pre>{@code
 * PaperAccount account = new PaperAccount("paper", new Money(new BigDecimal("100000.00"), "USD"));  // in memory
 * PaperAccount durable = account.on(FileRecordStore.open(dataDir.resolve("records")));               // kept there
 * }</pre>
 *
 * <p>The starting cash applies when the store has no such account yet; afterwards the stored balances count.
 */
public final class PaperAccount {

    /** The record kind of paper accounts. */
    public static final String KIND = "paper_account";

    /** Most executions one account keeps (with their keys); beyond it the account refuses to trade. */
    public static final int MAX_EXECUTIONS = 1_000;

    static final String NOTE = "paper account: simulated, no real order was sent";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** The account as stored. */
    record State(String currency, BigDecimal cash, Map<String, BigDecimal> positions, int fills,
                 Map<String, Execution> executions) {

        State {
            positions = new TreeMap<>(positions);
            executions = new LinkedHashMap<>(executions);
        }
    }

    private final String id;
    private final Money startingCash;
    private final RecordStore records;

    /**
     * An account called {@code id} holding {@code startingCash} and no positions, kept in memory.
     *
     * @param id the account id that orders name
     * @param startingCash the cash the account opens with; its currency is the account's
     */
    public PaperAccount(String id, Money startingCash) {
        this(id, startingCash, InMemoryRecordStore.create());
    }

    private PaperAccount(String id, Money startingCash, RecordStore records) {
        this.id = Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("account id must match " + ID + ", got '" + id + "'");
        }
        if (startingCash.amount().signum() < 0) {
            throw new IllegalArgumentException("startingCash must be >= 0, got " + startingCash);
        }
        this.startingCash = startingCash;
        this.records = Objects.requireNonNull(records, "records");
    }

    /**
     * The default: account "paper" with 100,000.00 USD, in memory.
     *
     * @return the standard account
     */
    public static PaperAccount standard() {
        return new PaperAccount("paper", new Money(new BigDecimal("100000.00"), "USD"));
    }

    /**
     * This account kept in {@code records}: the same id and starting cash, with the balances already stored there
     * (by an earlier process) if there are any.
     *
     * @param records the record store to keep it in
     * @return the account kept in {@code records}
     */
    public PaperAccount on(RecordStore records) {
        return new PaperAccount(id, startingCash, records);
    }

    /**
     * The account id that orders name, e.g. "paper".
     *
     * @return the account id
     */
    public String id() {
        return id;
    }

    /**
     * ISO-4217 currency of the cash; only symbols quoted in it can be traded.
     *
     * @return the currency code
     */
    public String currency() {
        return state().currency();
    }

    /**
     * Cash, positions and number of fills, read consistently (one record).
     *
     * @return the account's summary
     */
    public AccountSummary summary() {
        State s = state();
        return new AccountSummary(id, new Money(s.cash(), s.currency()), s.positions(), s.fills(), NOTE);
    }

    BigDecimal cash() {
        return state().cash();
    }

    BigDecimal position(String symbol) {
        return state().positions().getOrDefault(symbol, BigDecimal.ZERO);
    }

    /** Runs {@code action} holding this instance's lock, so that check-then-fill sequences of one process take turns. */
    synchronized <T> T atomically(java.util.function.Supplier<T> action) {
        return action.get();
    }

    /**
     * The stored execution for {@code key} if the same order was executed under it; a conflict error when the
     * key was used for a different order.
     */
    Optional<Execution> replay(String key, Order order) {
        return replayOf(state(), key, order);
    }

    /**
     * Fills {@code order} at {@code price} under {@code key}, in one compare-and-set with the key: checks funds and
     * holdings on the balances it writes over; when the key was filled meanwhile (another process), replays it.
     */
    Execution fill(Order order, String key, BigDecimal price, Instant at) {
        AtomicBoolean replayed = new AtomicBoolean();
        State after = records.update(KIND, id, State.class, this::initial, s -> {
            replayed.set(replayOf(s, key, order).isPresent());
            return replayed.get() ? s : filled(s, order, key, price, at);
        });
        Execution execution = after.executions().get(key);
        return replayed.get() ? execution.asReplay() : execution;
    }

    /** Throws when a buy costs more than the cash or a sell exceeds the shares held. */
    void requireFunds(Order order, BigDecimal gross) {
        requireFunds(state(), order, gross);
    }

    private State state() {
        return records.get(KIND, id).map(r -> {
            try {
                return PraxisJson.convert(r.doc(), State.class);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("paper account '" + id + "' cannot be read: " + e.getMessage(), e);
            }
        }).orElseGet(this::initial);
    }

    private State initial() {
        return new State(startingCash.currency(), startingCash.amount(), Map.of(), 0, Map.of());
    }

    private static Optional<Execution> replayOf(State s, String key, Order order) {
        Execution earlier = s.executions().get(key);
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.order().canonical().equals(order.canonical())) {
            throw new ToolException("idempotency_key '" + key + "' was already used for a different order ("
                    + earlier.order().canonical() + "); use a new key for a new order");
        }
        return Optional.of(earlier.asReplay());
    }

    // A pure function of the stored state: the store may apply it again after another writer won the race.
    private static State filled(State s, Order order, String key, BigDecimal price, Instant at) {
        if (s.executions().size() >= MAX_EXECUTIONS) {
            throw new ToolException("the paper account holds its limit of " + MAX_EXECUTIONS + " executions; "
                    + "nothing was traded. Use a new account id for more trades");
        }
        String currency = s.currency();
        BigDecimal gross = Money.rounded(order.quantity().multiply(price), currency).amount();
        requireFunds(s, order, gross);
        BigDecimal held = s.positions().getOrDefault(order.symbol(), BigDecimal.ZERO);
        BigDecimal after = order.side() == Side.BUY ? held.add(order.quantity()) : held.subtract(order.quantity());
        BigDecimal cash = order.side() == Side.BUY ? s.cash().subtract(gross) : s.cash().add(gross);
        Map<String, BigDecimal> positions = new TreeMap<>(s.positions());
        if (after.signum() == 0) {
            positions.remove(order.symbol());
        } else {
            positions.put(order.symbol(), after);
        }
        int fills = s.fills() + 1;
        Execution execution = new Execution(String.format("PX-%06d", fills), order, "FILLED",
                new Money(price, currency), new Money(gross, currency), Money.rounded(BigDecimal.ZERO, currency),
                new Money(cash, currency), after, at, key, false, NOTE);
        Map<String, Execution> executions = new LinkedHashMap<>(s.executions());
        executions.put(key, execution);
        return new State(currency, cash, positions, fills, executions);
    }

    private static void requireFunds(State s, Order order, BigDecimal gross) {
        String currency = s.currency();
        if (order.side() == Side.BUY && gross.compareTo(s.cash()) > 0) {
            throw new ToolException("insufficient cash: buying " + order.quantity().toPlainString() + " "
                    + order.symbol() + " costs " + gross.toPlainString() + " " + currency + " but the account has "
                    + s.cash().toPlainString() + " " + currency);
        }
        BigDecimal held = s.positions().getOrDefault(order.symbol(), BigDecimal.ZERO);
        if (order.side() == Side.SELL && order.quantity().compareTo(held) > 0) {
            throw new ToolException("quantity: cannot sell " + order.quantity().toPlainString() + " " + order.symbol()
                    + ", the account holds " + held.toPlainString() + " (no short selling on the paper account)");
        }
    }
}
