package dev.praxis.finance;

import dev.praxis.approval.ActionTokens;
import dev.praxis.finance.cashflow.CashFlowTools;
import dev.praxis.finance.loan.LoanTools;
import dev.praxis.finance.market.MarketDataProvider;
import dev.praxis.finance.market.MarketDataTools;
import dev.praxis.finance.market.SampleMarketData;
import dev.praxis.finance.personal.PersonalFinanceTools;
import dev.praxis.finance.portfolio.PortfolioTools;
import dev.praxis.finance.trading.PaperAccount;
import dev.praxis.finance.trading.TradingTools;
import dev.praxis.records.RecordStore;
import dev.praxis.tool.Tool;
import dev.praxis.tool.Tools;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The finance tool pack: every finance tool, registered with one call. The default works offline on the
 * embedded sample market data (labelled as such in every result) and a paper account with 100,000 USD.
 *
 * <pre>{@code
 * List<Tool> tools = FinancePack.tools();                       // defaults
 * List<Tool> custom = FinancePack.builder()
 *         .marketData(myFeed)                                   // a real MarketDataProvider
 *         .clock(Clock.systemUTC())
 *         .paperAccount(new PaperAccount("paper", new Money(new BigDecimal("5000.00"), "USD")))
 *         .build().toolList();
 * }</pre>
 */
public final class FinancePack {

    /** Names of every tool the pack registers: a public contract that prompts and evaluations refer to. */
    public static final List<String> TOOL_NAMES = List.of(
            "loan_payment", "amortization_schedule", "future_value", "present_value", "npv", "irr", "xnpv", "xirr",
            "effective_rate", "cagr", "portfolio_valuation", "performance_metrics", "value_at_risk", "stock_quote",
            "price_history", "fx_rate", "convert_currency", "categorize_transactions", "spending_summary",
            "detect_recurring_charges", "detect_anomalies", "preview_trade", "execute_trade", "paper_account_summary");

    private final MarketDataProvider marketData;
    private final PaperAccount account;
    private final Clock clock;
    private final Duration approvalTtl;
    private final ActionTokens approvals;
    private final BigDecimal maxSlippagePercent;

    private FinancePack(Builder builder) {
        this.marketData = builder.marketData == null ? new SampleMarketData() : builder.marketData;
        PaperAccount account = builder.account == null ? PaperAccount.standard() : builder.account;
        this.account = builder.records == null ? account : account.on(builder.records);
        this.clock = builder.clock;
        this.approvalTtl = builder.approvalTtl;
        this.approvals = builder.approvals != null ? builder.approvals : ActionTokens.fromConfiguration(clock);
        this.maxSlippagePercent = builder.maxSlippagePercent;
    }

    /**
     * Every tool with the defaults: sample market data, a fresh paper account, the system UTC clock.
     *
     * @return the tools
     */
    public static List<Tool> tools() {
        return builder().build().toolList();
    }

    /**
     * Options for a customised pack.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every tool of this pack, in a stable order.
     *
     * @return the tools
     */
    public List<Tool> toolList() {
        return Tools.from(new LoanTools(), new CashFlowTools(), new PortfolioTools(marketData),
                new MarketDataTools(marketData), new PersonalFinanceTools(),
                new TradingTools(marketData, account, clock, approvalTtl, approvals, maxSlippagePercent));
    }

    /**
     * One line for listings such as the CLI's {@code tools list}.
     *
     * @return the description
     */
    public static String description() {
        return "Finance: loan, cash-flow and rate calculators exact to the cent, portfolio valuation, performance "
                + "and value at risk, market quotes and FX (sample data offline by default), personal-finance "
                + "categorisation and alerts, and two-step paper trading with approval tokens.";
    }

    /**
     * The paper account the trading tools use.
     *
     * @return the paper account
     */
    public PaperAccount paperAccount() {
        return account;
    }

    /** Builds a {@link FinancePack}; every option has an offline default. */
    public static final class Builder {

        private MarketDataProvider marketData;
        private PaperAccount account;
        private RecordStore records;
        private Clock clock = Clock.systemUTC();
        private Duration approvalTtl = Duration.ofMinutes(5);
        private ActionTokens approvals;
        private BigDecimal maxSlippagePercent = BigDecimal.ONE;

        private Builder() {
        }

        /**
         * Where quotes, history and FX rates come from; default {@link SampleMarketData}.
         *
         * @param provider the market data source
         * @return this builder
         */
        public Builder marketData(MarketDataProvider provider) {
            this.marketData = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * The clock for approval-token expiry and execution times; default the system UTC clock.
         *
         * @param clock the time source
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The account trades go to; default {@link PaperAccount#standard()}.
         *
         * @param account the paper account
         * @return this builder
         */
        public Builder paperAccount(PaperAccount account) {
            this.account = Objects.requireNonNull(account, "account");
            return this;
        }

        /**
         * Where the paper account's balances and executions are kept, e.g.
         * {@code FileRecordStore.open(dataDir.resolve("records"))} or {@code JdbcRecordStore.create(dataSource)}, so
         * they survive a restart and a retried trade never fills twice, also from another process. The account
         * ({@link #paperAccount} or the standard one) is kept there under its id. Default: in memory.
         *
         * @param records the record store
         * @return this builder
         */
        public Builder records(RecordStore records) {
            this.records = Objects.requireNonNull(records, "records");
            return this;
        }

        /**
         * How long a trade approval stays valid; default 5 minutes.
         *
         * @param ttl the approvals' lifetime
         * @return this builder
         */
        public Builder approvalTtl(Duration ttl) {
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("approvalTtl must be positive, got " + ttl);
            }
            this.approvalTtl = ttl;
            return this;
        }

        /**
         * Issues and redeems trade approval tokens, e.g. {@code ActionTokens.inDirectory(dataDir, clock)} so a token
         * survives a restart and is spent once across processes. Default {@link ActionTokens#fromConfiguration}:
         * the key from {@code PRAXIS_APPROVAL_KEY}; without one, preview_trade says how to configure it.
         *
         * @param approvals the approval token issuer
         * @return this builder
         */
        public Builder approvals(ActionTokens approvals) {
            this.approvals = Objects.requireNonNull(approvals, "approvals");
            return this;
        }

        /**
         * How far, in percent, a market order's fill price may move against the user from the preview price before
         * execute_trade refuses it; default 1. Limit orders are bounded by their limit instead.
         *
         * @param percent the largest adverse move, in percent
         * @return this builder
         */
        public Builder maxSlippagePercent(BigDecimal percent) {
            if (percent.signum() < 0 || percent.compareTo(new BigDecimal("50")) > 0) {
                throw new IllegalArgumentException("maxSlippagePercent must be between 0 and 50, got "
                        + percent.toPlainString());
            }
            this.maxSlippagePercent = percent;
            return this;
        }

        /**
         * The pack with the options set so far.
         *
         * @return the pack
         */
        public FinancePack build() {
            return new FinancePack(this);
        }
    }
}
