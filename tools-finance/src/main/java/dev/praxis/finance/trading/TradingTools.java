package dev.praxis.finance.trading;

import dev.praxis.approval.ActionToken;
import dev.praxis.approval.ActionTokenException;
import dev.praxis.approval.ActionTokens;
import dev.praxis.approval.ApprovalSummary;
import dev.praxis.finance.market.MarketDataProvider;
import dev.praxis.finance.market.Quote;
import dev.praxis.finance.money.Money;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolException;
import dev.praxis.tool.ToolFunction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Paper trading in two steps. Example:
 *
 * <pre>{@code
 * preview_trade {"symbol": "AAPL", "side": "BUY", "quantity": 10}
 *   -> {"estimated_cost": {"amount": "3074.90", ...}, "price_bound": {"amount": "310.57", ...},
 *       "approval_token": "eyJ2Ijox...", "expires_at": "..."}
 * execute_trade {"symbol": "AAPL", "side": "BUY", "quantity": 10, "approval_token": "eyJ2Ijox...",
 *                "idempotency_key": "order-2025-12-31-001"}
 *   -> {"execution_id": "PX-000001", "status": "FILLED", "replayed": false, ...}
 * paper_account_summary {} -> {"account": "paper", "cash": {"amount": "96925.10", ...}, "positions": {"AAPL": 10}, ...}
 * }</pre>
 *
 * The approval token ({@link ActionTokens}, kind {@value #KIND}) binds the exact order, the conversation and a price
 * bound: the limit price of a limit order, or for a market order the preview price plus (buy) or minus (sell) the
 * maximum slippage. Execution refuses when the current price is outside the bound, so a token approved at one
 * price never fills at a much worse one.
 */
public final class TradingTools {

    /** The kind of action the approval tokens of this class approve. */
    static final String KIND = "trade";
    private static final String QUOTED = "quoted_price";
    private static final String BOUND = "price_bound";

    private final MarketDataProvider provider;
    private final PaperAccount account;
    private final Clock clock;
    private final Duration approvalTtl;
    private final ActionTokens tokens;
    private final BigDecimal maxSlippagePercent;

    /**
     * Tools trading on {@code account} at {@code provider}'s prices; approvals from {@code tokens} expire after
     * {@code approvalTtl}, and a market order fills only within {@code maxSlippagePercent} of its preview price.
     *
     * @param provider the market data source for prices
     * @param account the paper account trades go to
     * @param clock the time source for approval expiry and fills
     * @param approvalTtl how long an approval stays valid
     * @param tokens issues and redeems approval tokens
     * @param maxSlippagePercent the largest adverse move of a market order's price, in percent
     */
    public TradingTools(MarketDataProvider provider, PaperAccount account, Clock clock, Duration approvalTtl,
                        ActionTokens tokens, BigDecimal maxSlippagePercent) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.account = Objects.requireNonNull(account, "account");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        if (approvalTtl.isNegative() || approvalTtl.isZero()) {
            throw new IllegalArgumentException("approvalTtl must be positive, got " + approvalTtl);
        }
        if (maxSlippagePercent.signum() < 0 || maxSlippagePercent.compareTo(new BigDecimal("50")) > 0) {
            throw new IllegalArgumentException("maxSlippagePercent must be between 0 and 50, got "
                    + maxSlippagePercent.toPlainString());
        }
        this.approvalTtl = approvalTtl;
        this.maxSlippagePercent = maxSlippagePercent;
    }

    /**
     * The {@code preview_trade} tool: prices a buy or sell order on the paper account without trading: estimated
     * cost, cash and position afterwards, warnings, and an approval token for exactly this order that expires.
     *
     * @param context the calling session, user and run
     * @param symbol ticker symbol, e.g. AAPL
     * @param side BUY or SELL
     * @param quantity number of whole shares
     * @param orderType MARKET (default) or LIMIT
     * @param limitPrice limit price, required for LIMIT orders only
     * @param account account id; default the paper account
     * @return the estimated cost, warnings and the approval token
     */
    @ToolFunction(name = "preview_trade", description = "Prices a buy or sell order on the paper account without "
            + "trading: estimated cost, cash and position afterwards, warnings, and an approval token for exactly "
            + "this order that expires. Show the preview to the user; only execute_trade with the token trades.")
    public TradePreview previewTrade(
            ToolContext context,
            @Param("Ticker symbol, e.g. AAPL") String symbol,
            @Param("BUY or SELL") Side side,
            @Param(value = "Number of whole shares", min = "1", max = "1000000") BigDecimal quantity,
            @Param(value = "MARKET (default) or LIMIT", required = false) @Nullable OrderType orderType,
            @Param(value = "Limit price, required for LIMIT orders only", required = false, min = "0.0001")
            @Nullable BigDecimal limitPrice,
            @Param(value = "Account id; default the paper account", required = false) @Nullable String account) {
        Order order = order(symbol, side, quantity, orderType, limitPrice, account);
        Quote quote = priced(order);
        BigDecimal gross = Money.rounded(order.quantity().multiply(quote.price()), this.account.currency()).amount();
        this.account.requireFunds(order, gross);
        BigDecimal cashAfter = order.side() == Side.BUY ? this.account.cash().subtract(gross) : this.account.cash().add(gross);
        BigDecimal held = this.account.position(order.symbol());
        BigDecimal bound = priceBound(order, quote.price());
        ActionToken token = tokens.issue(KIND, order, context.sessionId(), approvalTtl, Map.of(
                QUOTED, quote.price().toPlainString(), BOUND, bound.toPlainString()));
        List<String> warnings = new ArrayList<>();
        warnings.add("paper trading: simulated fill at the current price, no real order is sent");
        warnings.add("prices are from: " + quote.source());
        if (order.orderType() == OrderType.MARKET) {
            warnings.add("market order: fills at the price at execution, and only if that is "
                    + (order.side() == Side.BUY ? "at most " : "at least ") + bound.toPlainString() + " "
                    + quote.currency() + " (" + maxSlippagePercent.stripTrailingZeros().toPlainString()
                    + " % from this preview); otherwise preview again");
        }
        String currency = this.account.currency();
        return new TradePreview(order, new Money(quote.price(), currency), new Money(gross, currency),
                Money.rounded(BigDecimal.ZERO, currency), new Money(cashAfter, currency),
                order.side() == Side.BUY ? held.add(order.quantity()) : held.subtract(order.quantity()),
                new Money(bound, currency), token.value(), token.expiresAt(), warnings, quote.source());
    }

    /**
     * The {@code execute_trade} tool: executes an order previewed with preview_trade and approved by the user.
     *
     * @param context the calling session, user and run
     * @param symbol ticker symbol, as previewed
     * @param side BUY or SELL, as previewed
     * @param quantity number of whole shares, as previewed
     * @param orderType MARKET (default) or LIMIT, as previewed
     * @param limitPrice limit price, as previewed
     * @param account account id, as previewed
     * @param approvalToken approval_token returned by preview_trade for this exact order
     * @param idempotencyKey A unique key for this order, e.g. a UUID; reusing it replays the first result
     * @return the fill, or the first result of this idempotency key
     */
    @ToolFunction(name = "execute_trade", sideEffect = SideEffect.IRREVERSIBLE, description = "Executes an order "
            + "previewed with preview_trade and approved by the user. Needs the same order, the approval token from "
            + "the preview, and an idempotency key: repeating a key returns the original execution and never trades "
            + "twice. Refused when the price moved outside the bound shown in the preview.",
            summary = "describeTrade", preparedBy = "preview_trade")
    public Execution executeTrade(
            ToolContext context,
            @Param("Ticker symbol, as previewed") String symbol,
            @Param("BUY or SELL, as previewed") Side side,
            @Param(value = "Number of whole shares, as previewed", min = "1", max = "1000000") BigDecimal quantity,
            @Param(value = "MARKET (default) or LIMIT, as previewed", required = false) @Nullable OrderType orderType,
            @Param(value = "Limit price, as previewed", required = false, min = "0.0001") @Nullable BigDecimal limitPrice,
            @Param(value = "Account id, as previewed", required = false) @Nullable String account,
            @Param("approval_token returned by preview_trade for this exact order") String approvalToken,
            @Param("A unique key for this order, e.g. a UUID; reusing it replays the first result") String idempotencyKey) {
        Order order = order(symbol, side, quantity, orderType, limitPrice, account);
        String key = idempotencyKey(idempotencyKey);
        // One execution at a time in this process, as before the account was a record; across processes the
        // fill's compare-and-set decides, and a token spent by another process's fill replays that fill.
        return this.account.atomically(() -> this.account.replay(key, order).orElseGet(() -> {
            try {
                ActionToken token = token(() -> tokens.check(approvalToken, KIND, order, context.sessionId()), order);
                Quote quote = priced(order);
                requireWithinBound(order, token, quote.price());
                this.account.requireFunds(order, Money.rounded(order.quantity().multiply(quote.price()),
                        this.account.currency()).amount());
                // Spent before the fill: a crash in between leaves a spent token and no trade (preview again),
                // never a trade that a retry could repeat. The fill writes the key with the balances.
                token(() -> tokens.redeem(approvalToken, KIND, order, context.sessionId()), order);
                return this.account.fill(order, key, quote.price(), clock.instant());
            } catch (ActionTokenException e) {
                Optional<Execution> meanwhile = this.account.replay(key, order);
                if (e.reason() == ActionTokenException.Reason.USED && meanwhile.isPresent()) {
                    return meanwhile.get();
                }
                throw e;
            }
        }));
    }

    /**
     * What the approver of execute_trade sees: side, quantity, symbol, the price bound, the estimated total at the
     * preview price, that it cannot be undone, and until when the approval holds, all read from the verified token.
     *
     * @param context the calling session, user and run
     * @param symbol the ticker symbol, as in the call
     * @param side buy or sell, as in the call
     * @param quantity the number of shares, as in the call
     * @param orderType market or limit, as in the call
     * @param limitPrice the limit price, as in the call
     * @param account the account id, as in the call
     * @param approvalToken the token from preview_trade
     * @param idempotencyKey the caller's key for this order
     * @return the summary to show the approver
     */
    public ApprovalSummary describeTrade(ToolContext context, String symbol, Side side, BigDecimal quantity,
                                         OrderType orderType, BigDecimal limitPrice, String account,
                                         String approvalToken, String idempotencyKey) {
        Order order = order(symbol, side, quantity, orderType, limitPrice, account);
        return TradeSummary.of(order, this.account, token(() -> tokens.check(approvalToken, KIND, order,
                context.sessionId()), order), maxSlippagePercent);
    }

    /**
     * The {@code paper_account_summary} tool: cash and positions of the paper trading account.
     *
     * @return the account's cash and positions
     */
    @ToolFunction(name = "paper_account_summary", description = "Cash and positions of the paper trading account.")
    public AccountSummary paperAccountSummary() {
        return account.summary();
    }

    /** The worst price the approval accepts: the limit, or the preview price moved by the maximum slippage. */
    private BigDecimal priceBound(Order order, BigDecimal quoted) {
        if (order.limitPrice().isPresent()) {
            return order.limitPrice().get();
        }
        BigDecimal factor = BigDecimal.ONE.add((order.side() == Side.BUY ? maxSlippagePercent
                : maxSlippagePercent.negate()).movePointLeft(2));
        // Rounded against the user: a buy bound never above, a sell bound never below, the exact figure.
        return quoted.multiply(factor).setScale(quoted.scale(), order.side() == Side.BUY ? RoundingMode.FLOOR
                : RoundingMode.CEILING);
    }

    private static void requireWithinBound(Order order, ActionToken token, BigDecimal price) {
        BigDecimal bound = new BigDecimal(token.term(BOUND));
        boolean within = order.side() == Side.BUY ? price.compareTo(bound) <= 0 : price.compareTo(bound) >= 0;
        if (!within) {
            throw new ActionTokenException(ActionTokenException.Reason.TERMS_NOT_MET, "price moved: " + order.symbol()
                    + " is now " + price.toPlainString() + ", " + (order.side() == Side.BUY ? "above the maximum "
                    : "below the minimum ") + bound.toPlainString() + " the user approved (preview price "
                    + token.term(QUOTED) + "). Nothing was traded; call preview_trade again and ask the user to "
                    + "approve the new price");
        }
    }

    /** Runs a token check, wording a refusal for trades. */
    private static ActionToken token(java.util.function.Supplier<ActionToken> check, Order order) {
        try {
            return check.get();
        } catch (ActionTokenException e) {
            throw switch (e.reason()) {
                case OTHER_ACTION -> new ActionTokenException(e.reason(), "approval_token was issued for a different "
                        + "order than " + order.canonical() + "; call preview_trade for this exact order");
                case MALFORMED, BAD_SIGNATURE -> new ActionTokenException(e.reason(), e.getMessage().replace(
                        "the preview", "preview_trade"));
                default -> e;
            };
        }
    }

    private Quote priced(Order order) {
        Quote quote = provider.quote(order.symbol());
        if (!quote.currency().equals(account.currency())) {
            throw new ToolException("symbol: " + order.symbol() + " trades in " + quote.currency()
                    + " but the paper account holds " + account.currency() + "; only " + account.currency()
                    + "-quoted symbols can be traded");
        }
        Optional<BigDecimal> limit = order.limitPrice();
        if (limit.isPresent()) {
            boolean marketable = order.side() == Side.BUY ? quote.price().compareTo(limit.get()) <= 0
                    : quote.price().compareTo(limit.get()) >= 0;
            if (!marketable) {
                throw new ToolException("limit_price " + limit.get().toPlainString() + " is not marketable: the current "
                        + "price is " + quote.price().toPlainString() + "; the paper account fills only limit orders "
                        + "that can execute now");
            }
        }
        return quote;
    }

    private Order order(String symbol, Side side, BigDecimal quantity, OrderType orderType, BigDecimal limitPrice,
                        String accountId) {
        if (symbol == null || symbol.isBlank()) {
            throw new ToolException("symbol is required, e.g. AAPL");
        }
        if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 0) {
            throw new ToolException("quantity must be a whole number of shares >= 1, got " + quantity.toPlainString());
        }
        OrderType type = orderType == null ? OrderType.MARKET : orderType;
        if (type == OrderType.LIMIT && limitPrice == null) {
            throw new ToolException("limit_price is required for a LIMIT order");
        }
        if (type == OrderType.MARKET && limitPrice != null) {
            throw new ToolException("limit_price must be absent for a MARKET order; use order_type LIMIT");
        }
        String id = accountId == null || accountId.isBlank() ? account.id() : accountId.trim();
        if (!id.equals(account.id())) {
            throw new ToolException("account: unknown account '" + accountId + "'; the paper account is '"
                    + account.id() + "'");
        }
        // Whole shares are stored with scale 0 (10, never 1E+1); the limit keeps the caller's digits and the
        // canonical form compares it by value.
        return new Order(id, symbol.trim().toUpperCase(Locale.ROOT), side, quantity.setScale(0), type,
                Optional.ofNullable(limitPrice));
    }

    private static String idempotencyKey(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new ToolException("idempotency_key is required: a unique string of at most 200 characters per order");
        }
        return key.trim();
    }
}
