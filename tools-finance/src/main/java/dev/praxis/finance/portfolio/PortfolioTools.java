package dev.praxis.finance.portfolio;

import dev.praxis.finance.internal.DecimalMath;
import dev.praxis.finance.internal.Guard;
import dev.praxis.finance.market.MarketDataProvider;
import dev.praxis.finance.market.Quote;
import dev.praxis.finance.market.UnknownCurrencyException;
import dev.praxis.finance.money.Money;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolException;
import dev.praxis.tool.ToolFunction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import static dev.praxis.finance.internal.DecimalMath.MC;
import org.jspecify.annotations.Nullable;

/**
 * Portfolio tools. Returns are given in percent (1.5 means 1.5 %). Examples:
 *
 * <pre>{@code
 * portfolio_valuation {"holdings": [{"symbol": "AAPL", "quantity": 10, "cost_basis": 1500}, {"symbol": "SAP.DE", "quantity": 5}],
 *                      "base_currency": "USD"} -> {"positions": [...], "total": {"amount": ..., "currency": "USD"}}
 * performance_metrics {"returns": [1, 10, -4, 2, 3, 2, 1, -10]} -> {"sharpe_ratio": 1.7238613962, ...}
 * performance_metrics {"symbol": "NVDA", "benchmark_symbol": "SPY", "start_date": "2025-01-01"} -> {..., "beta": ...}
 * value_at_risk {"method": "PARAMETRIC", "confidence": 99, "position_value": 10000000, "daily_volatility": 2,
 *                "horizon_days": 10, "z_score": 2.33} -> {"value_at_risk": {"amount": 1473621.39, ...}}
 * value_at_risk {"method": "PARAMETRIC", "confidence": 99, "horizon_days": 10, "z_score": 2.33,
 *                "positions": [{"value": 10000000, "daily_volatility": 2}, {"value": 5000000, "daily_volatility": 1}],
 *                "correlations": [[1, 0.3], [0.3, 1]]} -> {"value_at_risk": {"amount": 1622657.23, ...}, "diversification_benefit": {"amount": 219369.51, ...}}
 * }</pre>
 */
public final class PortfolioTools {

    private static final int PERIODS_PER_YEAR = 252;

    /** Most holdings in one valuation: each needs a quote. */
    public static final int MAX_HOLDINGS = 500;

    /** Most returns in one series: ten years of trading days. */
    public static final int MAX_SERIES = 10 * PERIODS_PER_YEAR;

    /** Most positions in a parametric VaR; the correlation matrix has as many rows and columns. */
    public static final int MAX_VAR_POSITIONS = 100;

    private final MarketDataProvider provider;
    private final ReturnSource returnSource;

    /**
     * Tools pricing holdings and symbols with {@code provider}.
     *
     * @param provider the market data source
     */
    public PortfolioTools(MarketDataProvider provider) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.returnSource = new ReturnSource(provider);
    }

    /**
     * The {@code portfolio_valuation} tool: values holdings at the latest market prices, converts each to the base
     * currency, and gives weights, unrealised profit/loss and the total.
     *
     * @param holdings the positions held
     * @param baseCurrency ISO-4217 currency for totals; default USD
     * @return each position's value and weight, and the total
     */
    @ToolFunction(name = "portfolio_valuation", description = "Values holdings at the latest market prices, converts "
            + "each to the base currency, and gives weights, unrealised profit/loss and the total.")
    public PortfolioValuation portfolioValuation(
            @Param(value = "The positions held", maxItems = MAX_HOLDINGS) List<Holding> holdings,
            @Param(value = "ISO-4217 currency for totals; default USD", required = false) @Nullable String baseCurrency) {
        String base = Money.currencyCode(baseCurrency == null ? "USD" : baseCurrency, "base_currency");
        if (holdings.isEmpty()) {
            throw new ToolException("holdings must contain at least one position");
        }
        List<Quote> quotes = new ArrayList<>();
        List<Money> values = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        LocalDate asOf = LocalDate.MIN;
        for (int i = 0; i < holdings.size(); i++) {
            Holding holding = holdings.get(i);
            if (holding.symbol() == null || holding.symbol().isBlank()) {
                throw new ToolException("holdings[" + i + "].symbol is required");
            }
            Quote quote = provider.quote(holding.symbol().trim().toUpperCase(Locale.ROOT));
            Money inBase = Money.rounded(holding.quantity().multiply(quote.price(), MC)
                    .multiply(rate(quote.currency(), base), MC), base);
            quotes.add(quote);
            values.add(inBase);
            total = total.add(inBase.amount());
            asOf = quote.asOf().isAfter(asOf) ? quote.asOf() : asOf;
        }
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < holdings.size(); i++) {
            positions.add(position(holdings.get(i), quotes.get(i), values.get(i), total));
        }
        return new PortfolioValuation(positions, new Money(total, base), asOf, "market values rounded to minor units "
                + Money.ROUNDING + " per position; the total is the sum of the rounded values; weights to 4 decimals",
                provider.source());
    }

    private static Position position(Holding holding, Quote quote, Money inBase, BigDecimal total) {
        Money value = Money.rounded(holding.quantity().multiply(quote.price(), MC), quote.currency());
        Optional<Money> pnl = Optional.ofNullable(holding.costBasis())
                .map(cost -> Money.rounded(value.amount().subtract(cost), quote.currency()));
        BigDecimal weight = total.signum() == 0 ? BigDecimal.ZERO
                : DecimalMath.toPercent(inBase.amount().divide(total, MC)).setScale(4, RoundingMode.HALF_EVEN);
        return new Position(quote.symbol(), holding.quantity(), new Money(quote.price(), quote.currency()), value,
                inBase, weight, pnl);
    }

    /**
     * The {@code performance_metrics} tool: total return, CAGR, annualised volatility, Sharpe, Sortino, max drawdown
     * and (with a benchmark) beta of a return series.
     *
     * @param returns periodic returns in percent, e.g. [1.2, -0.5, 0.8]
     * @param prices prices or portfolio values in time order
     * @param symbol ticker whose daily closes to use
     * @param startDate with symbol: first date (YYYY-MM-DD); default one year before end_date
     * @param endDate with symbol: last date (YYYY-MM-DD); default the latest trading day
     * @param benchmarkReturns benchmark returns in percent, same periods as returns/prices
     * @param benchmarkSymbol with symbol: benchmark ticker, e.g. SPY
     * @param riskFreeRate annual risk-free rate in percent; default 0
     * @param periodsPerYear periods per year: 252 daily (default), 52 weekly, 12 monthly, 1 yearly
     * @return the metrics and the conventions used
     */
    @ToolFunction(name = "performance_metrics", description = "Total return, CAGR, annualised volatility, Sharpe, "
            + "Sortino, max drawdown and (with a benchmark) beta of a return series. Give exactly one of: returns "
            + "(periodic returns in percent), prices (a price or value series), or symbol (daily closes from market "
            + "data). The conventions used are listed in the result.")
    public PerformanceMetrics performanceMetrics(
            @Param(value = "Periodic returns in percent, e.g. [1.2, -0.5, 0.8]", required = false,
                    maxItems = MAX_SERIES) @Nullable List<BigDecimal> returns,
            @Param(value = "Prices or portfolio values in time order", required = false, maxItems = MAX_SERIES + 1)
            @Nullable List<BigDecimal> prices,
            @Param(value = "Ticker whose daily closes to use", required = false) @Nullable String symbol,
            @Param(value = "With symbol: first date (YYYY-MM-DD); default one year before end_date", required = false)
            @Nullable String startDate,
            @Param(value = "With symbol: last date (YYYY-MM-DD); default the latest trading day", required = false)
            @Nullable String endDate,
            @Param(value = "Benchmark returns in percent, same periods as returns/prices", required = false,
                    maxItems = MAX_SERIES)
            @Nullable List<BigDecimal> benchmarkReturns,
            @Param(value = "With symbol: benchmark ticker, e.g. SPY", required = false) @Nullable String benchmarkSymbol,
            @Param(value = "Annual risk-free rate in percent; default 0", required = false, min = "-10", max = "100")
            @Nullable BigDecimal riskFreeRate,
            @Param(value = "Periods per year: 252 daily (default), 52 weekly, 12 monthly, 1 yearly", required = false,
                    min = "1", max = "366") @Nullable Integer periodsPerYear) {
        int given = (returns == null ? 0 : 1) + (prices == null ? 0 : 1) + (symbol == null ? 0 : 1);
        if (given != 1) {
            throw new ToolException("give exactly one of returns, prices or symbol (got " + given + ")");
        }
        int ppy = periodsPerYear == null ? PERIODS_PER_YEAR : periodsPerYear;
        BigDecimal rf = DecimalMath.fromPercent(riskFreeRate == null ? BigDecimal.ZERO : riskFreeRate);
        if (symbol != null) {
            return bySymbol(symbol, startDate, endDate, benchmarkSymbol, rf, ppy);
        }
        if (benchmarkSymbol != null) {
            throw new ToolException("benchmark_symbol works with symbol; with returns or prices give benchmark_returns");
        }
        List<BigDecimal> series = returns != null ? ReturnSource.fromPercent(returns, "returns")
                : ReturnSource.fromPrices(prices, "prices");
        Optional<List<BigDecimal>> benchmark = Optional.ofNullable(benchmarkReturns)
                .map(b -> ReturnSource.fromPercent(b, "benchmark_returns"));
        return Guard.call(() -> Performance.of(series, benchmark, rf, ppy))
                .withNote(returns != null ? "input: returns in percent" : "input: returns computed from prices");
    }

    private PerformanceMetrics bySymbol(String symbol, String startDate, String endDate, String benchmarkSymbol,
                                        BigDecimal rf, int ppy) {
        String ticker = symbol.trim().toUpperCase(Locale.ROOT);
        TreeMap<LocalDate, BigDecimal> own = returnSource.fromSymbol(ticker, startDate, endDate);
        Optional<List<BigDecimal>> benchmark = Optional.empty();
        List<BigDecimal> series = new ArrayList<>(own.values());
        if (benchmarkSymbol != null) {
            String benchTicker = benchmarkSymbol.trim().toUpperCase(Locale.ROOT);
            List<List<BigDecimal>> pair = ReturnSource.aligned(own,
                    returnSource.fromSymbol(benchTicker, startDate, endDate));
            series = pair.get(0);
            benchmark = Optional.of(pair.get(1));
        }
        List<BigDecimal> finalSeries = series;
        Optional<List<BigDecimal>> finalBenchmark = benchmark;
        LocalDate first = own.isEmpty() ? null : own.firstKey();
        LocalDate last = own.isEmpty() ? null : own.lastKey();
        return Guard.call(() -> Performance.of(finalSeries, finalBenchmark, rf, ppy))
                .withNote("input: daily close-to-close returns of " + ticker + " from " + first + " to " + last
                        + " (" + provider.source() + ")");
    }

    /**
     * The {@code value_at_risk} tool: value at risk: the loss not exceeded with the given confidence over the
     * horizon, with the expected shortfall.
     *
     * @param method estimation method
     * @param confidence confidence level in percent, e.g. 99
     * @param positionValue current value of the position (one position)
     * @param currency ISO-4217 currency of the position; default USD
     * @param horizonDays horizon in trading days; default 1
     * @param returns daily returns in percent
     * @param symbol ticker whose last year of daily returns to use
     * @param dailyVolatility PARAMETRIC: daily volatility in percent, e.g. 2
     * @param zScore PARAMETRIC: z-score to use instead of the exact normal quantile (Hull uses 2.33 for 99 %)
     * @param positions PARAMETRIC, several positions: value and daily volatility of each
     * @param correlations with positions: correlation matrix, one row per position, 1 on the diagonal
     * @return the value at risk and how it was computed
     */
    @ToolFunction(name = "value_at_risk", description = "Value at risk: the loss not exceeded with the given "
            + "confidence over the horizon, with the expected shortfall. Methods: HISTORICAL_KTH_WORST (Hull), "
            + "HISTORICAL_INTERPOLATED (numpy percentile), PARAMETRIC (normal, zero mean). For one position give "
            + "position_value and returns or a symbol (PARAMETRIC also accepts daily_volatility). For several "
            + "positions use PARAMETRIC with positions and their correlations; the diversification benefit is reported.")
    public VarResult valueAtRisk(
            @Param("Estimation method") VarMethod method,
            @Param(value = "Confidence level in percent, e.g. 99", min = "50", max = "99.99") BigDecimal confidence,
            @Param(value = "Current value of the position (one position)", required = false, min = "0.01")
            @Nullable BigDecimal positionValue,
            @Param(value = "ISO-4217 currency of the position; default USD", required = false) @Nullable String currency,
            @Param(value = "Horizon in trading days; default 1", required = false, min = "1", max = "250") @Nullable Integer horizonDays,
            @Param(value = "Daily returns in percent", required = false, maxItems = MAX_SERIES) @Nullable List<BigDecimal> returns,
            @Param(value = "Ticker whose last year of daily returns to use", required = false) @Nullable String symbol,
            @Param(value = "PARAMETRIC: daily volatility in percent, e.g. 2", required = false, min = "0")
            @Nullable BigDecimal dailyVolatility,
            @Param(value = "PARAMETRIC: z-score to use instead of the exact normal quantile (Hull uses 2.33 for 99 %)",
                    required = false, min = "0") @Nullable BigDecimal zScore,
            @Param(value = "PARAMETRIC, several positions: value and daily volatility of each", required = false,
                    maxItems = MAX_VAR_POSITIONS) @Nullable List<VarPosition> positions,
            @Param(value = "With positions: correlation matrix, one row per position, 1 on the diagonal",
                    required = false, maxItems = MAX_VAR_POSITIONS) List<List<BigDecimal>> correlations) {
        String code = Money.currencyCode(currency == null ? "USD" : currency, "currency");
        int horizon = horizonDays == null ? 1 : horizonDays;
        BigDecimal c = DecimalMath.fromPercent(confidence);
        Optional<BigDecimal> z = Optional.ofNullable(zScore);
        if (positions != null) {
            return portfolioVar(method, positions, correlations, code, c, horizon, z);
        }
        if (positionValue == null) {
            throw new ToolException("position_value is required (or positions, for several positions)");
        }
        if (method == VarMethod.PARAMETRIC && dailyVolatility != null) {
            return Guard.call(() -> ValueAtRisk.parametric(positionValue, code, DecimalMath.fromPercent(dailyVolatility),
                    c, horizon, z, 0));
        }
        List<BigDecimal> series = series(returns, symbol);
        if (method == VarMethod.PARAMETRIC) {
            BigDecimal sigma = ReturnStatistics.standardDeviation(series);
            return Guard.call(() -> ValueAtRisk.parametric(positionValue, code, sigma, c, horizon, z, series.size()));
        }
        return Guard.call(() -> ValueAtRisk.historical(series, method, positionValue, code, c, horizon));
    }

    private static VarResult portfolioVar(VarMethod method, List<VarPosition> positions,
                                          List<List<BigDecimal>> correlations, String currency, BigDecimal confidence,
                                          int horizon, Optional<BigDecimal> z) {
        if (method != VarMethod.PARAMETRIC) {
            throw new ToolException("positions works with method PARAMETRIC; historical VaR takes one position's returns");
        }
        if (positions.isEmpty()) {
            throw new ToolException("positions must contain at least one position");
        }
        List<List<BigDecimal>> matrix = correlations != null ? correlations
                : positions.size() == 1 ? List.of(List.of(BigDecimal.ONE)) : null;
        if (matrix == null) {
            throw new ToolException("correlations is required with " + positions.size() + " positions: a "
                    + positions.size() + " x " + positions.size() + " matrix");
        }
        List<BigDecimal> values = positions.stream().map(VarPosition::value).toList();
        List<BigDecimal> vols = positions.stream().map(p -> DecimalMath.fromPercent(p.dailyVolatility())).toList();
        return Guard.call(() -> ValueAtRisk.parametricPortfolio(values, vols, matrix, currency, confidence, horizon, z));
    }

    private List<BigDecimal> series(List<BigDecimal> returns, String symbol) {
        if ((returns == null) == (symbol == null)) {
            throw new ToolException("give exactly one of returns or symbol (or daily_volatility for PARAMETRIC)");
        }
        List<BigDecimal> series = returns != null ? ReturnSource.fromPercent(returns, "returns")
                : new ArrayList<>(returnSource.fromSymbol(symbol.trim().toUpperCase(Locale.ROOT), null, null).values());
        if (series.size() < 2) {
            throw new ToolException("returns need at least 2 observations, got " + series.size());
        }
        return series;
    }

    private BigDecimal rate(String from, String to) {
        if (from.equals(to)) {
            return BigDecimal.ONE;
        }
        try {
            return provider.fxRate(from, to);
        } catch (UnknownCurrencyException e) {
            throw new ToolException((e.currency().equals(to) ? "base_currency" : "holdings") + ": " + e.getMessage(), e);
        }
    }
}
