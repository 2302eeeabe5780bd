package dev.praxis.finance.market;

import dev.praxis.finance.internal.Dates;
import dev.praxis.finance.money.Money;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolException;
import dev.praxis.tool.ToolFunction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static dev.praxis.finance.internal.DecimalMath.MC;
import org.jspecify.annotations.Nullable;

/**
 * Market data tools over a {@link MarketDataProvider}. Examples:
 *
 * <pre>{@code
 * stock_quote      {"symbol": "AAPL"} -> {"symbol": "AAPL", "price": 307.49, "currency": "USD", "source": "sample data (not real market prices)"}
 * price_history    {"symbol": "MSFT", "start_date": "2025-12-01", "end_date": "2025-12-31"} -> {"bars": [...]}
 * fx_rate          {"base_currency": "EUR", "quote_currency": "USD"} -> {"rate": 1.0869565217, ...}
 * convert_currency {"amount": 100, "from_currency": "EUR", "to_currency": "JPY"} -> {"to": {"amount": 16467, "currency": "JPY"}}
 * }</pre>
 */
public final class MarketDataTools {

    private static final int RATE_SCALE = 10;
    private static final int DEFAULT_HISTORY_DAYS = 30;

    private final MarketDataProvider provider;

    /**
     * Tools answering from {@code provider}.
     *
     * @param provider the market data source
     */
    public MarketDataTools(MarketDataProvider provider) {
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    /**
     * The {@code stock_quote} tool: latest price of a stock or fund by ticker symbol, with the change against the
     * previous close.
     *
     * @param symbol ticker symbol, e.g. AAPL
     * @return the latest quote
     */
    @ToolFunction(name = "stock_quote", description = "Latest price of a stock or fund by ticker symbol, with the "
            + "change against the previous close. The result's source says whether the data is real or sample data.")
    public Quote stockQuote(@Param("Ticker symbol, e.g. AAPL") String symbol) {
        return provider.quote(symbol(symbol));
    }

    /**
     * The {@code price_history} tool: daily open/high/low/close/volume bars of a symbol between two dates
     * (inclusive).
     *
     * @param symbol ticker symbol, e.g. MSFT
     * @param startDate first date (YYYY-MM-DD); default 30 days before end_date
     * @param endDate last date (YYYY-MM-DD); default the latest trading day
     * @return the bars, oldest first
     */
    @ToolFunction(name = "price_history", description = "Daily open/high/low/close/volume bars of a symbol between "
            + "two dates (inclusive). Without dates: the last 30 calendar days of available data.")
    public PriceHistory priceHistory(
            @Param("Ticker symbol, e.g. MSFT") String symbol,
            @Param(value = "First date (YYYY-MM-DD); default 30 days before end_date", required = false) @Nullable String startDate,
            @Param(value = "Last date (YYYY-MM-DD); default the latest trading day", required = false) @Nullable String endDate) {
        Quote quote = provider.quote(symbol(symbol));
        LocalDate end = endDate == null ? quote.asOf() : Dates.parse(endDate, "end_date");
        LocalDate start = startDate == null ? end.minusDays(DEFAULT_HISTORY_DAYS) : Dates.parse(startDate, "start_date");
        if (start.isAfter(end)) {
            throw new ToolException("start_date " + start + " is after end_date " + end);
        }
        List<PriceBar> bars = provider.history(quote.symbol(), start, end);
        if (bars.isEmpty()) {
            throw new ToolException("no prices for " + quote.symbol() + " between start_date " + start + " and end_date "
                    + end + "; the latest trading day available is " + quote.asOf());
        }
        return new PriceHistory(quote.symbol(), quote.currency(), bars, provider.source());
    }

    /**
     * The {@code fx_rate} tool: exchange rate: how many units of quote_currency one unit of base_currency buys, with
     * the inverse.
     *
     * @param baseCurrency ISO-4217 code of the currency you have, e.g. EUR
     * @param quoteCurrency ISO-4217 code of the currency you want, e.g. USD
     * @return the rate and its source
     */
    @ToolFunction(name = "fx_rate", description = "Exchange rate: how many units of quote_currency one unit of "
            + "base_currency buys, with the inverse.")
    public FxRate fxRate(@Param("ISO-4217 code of the currency you have, e.g. EUR") String baseCurrency,
                         @Param("ISO-4217 code of the currency you want, e.g. USD") String quoteCurrency) {
        String base = Money.currencyCode(baseCurrency, "base_currency");
        String quote = Money.currencyCode(quoteCurrency, "quote_currency");
        BigDecimal rate = rate(base, "base_currency", quote, "quote_currency");
        return new FxRate(base, quote, rate.setScale(RATE_SCALE, RoundingMode.HALF_EVEN),
                BigDecimal.ONE.divide(rate, MC).setScale(RATE_SCALE, RoundingMode.HALF_EVEN), provider.source());
    }

    /**
     * The {@code convert_currency} tool: converts an amount between currencies at the provider's rate; the result is
     * rounded to the target currency's minor units (half-up).
     *
     * @param amount amount to convert
     * @param fromCurrency ISO-4217 code of the amount's currency
     * @param toCurrency ISO-4217 code to convert to
     * @return the converted amount and the rate used
     */
    @ToolFunction(name = "convert_currency", description = "Converts an amount between currencies at the provider's "
            + "rate; the result is rounded to the target currency's minor units (half-up).")
    public Conversion convertCurrency(@Param(value = "Amount to convert", min = "0") BigDecimal amount,
                                      @Param("ISO-4217 code of the amount's currency") String fromCurrency,
                                      @Param("ISO-4217 code to convert to") String toCurrency) {
        String from = Money.currencyCode(fromCurrency, "from_currency");
        String to = Money.currencyCode(toCurrency, "to_currency");
        BigDecimal rate = rate(from, "from_currency", to, "to_currency");
        return new Conversion(new Money(amount, from), Money.rounded(amount.multiply(rate, MC), to),
                rate.setScale(RATE_SCALE, RoundingMode.HALF_EVEN), "amount x full-precision rate, rounded to "
                + Money.minorDigits(to) + " decimals " + Money.ROUNDING, provider.source());
    }

    private BigDecimal rate(String base, String baseParameter, String quote, String quoteParameter) {
        try {
            return provider.fxRate(base, quote);
        } catch (UnknownCurrencyException e) {
            throw new ToolException((e.currency().equals(base) ? baseParameter : quoteParameter) + ": "
                    + e.getMessage(), e);
        }
    }

    private static String symbol(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            throw new ToolException("symbol is required, e.g. AAPL");
        }
        return symbol.trim().toUpperCase(Locale.ROOT);
    }
}
