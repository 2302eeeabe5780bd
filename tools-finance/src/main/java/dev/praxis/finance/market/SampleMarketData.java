package dev.praxis.finance.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static dev.praxis.finance.internal.DecimalMath.MC;

/**
 * The embedded default provider: generated, deterministic daily prices for 21 symbols on the trading days
 * (Monday to Friday) from 2024-01-02 to 2025-12-31, and a fixed FX reference table. The tickers are real
 * but the prices are not: every result carries {@link #SOURCE}. Same data on every run, so tests and demos are
 * reproducible.
 *
 * <pre>{@code
 * MarketDataProvider data = new SampleMarketData();
 * data.quote("AAPL").source(); // "sample data (not real market prices)"
 * }</pre>
 */
public final class SampleMarketData implements MarketDataProvider {

    /** The label every sample figure carries. */
    public static final String SOURCE = "sample data (not real market prices)";
    /** First trading day of the sample series. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 2);
    /** Last trading day of the sample series. */
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    private static final List<SampleInstrument> INSTRUMENTS = List.of(
            new SampleInstrument("SPY", "S&P 500 index fund (sample)", "USD", 470, 0.09, 0.15, 1.0, 80_000_000),
            new SampleInstrument("AAPL", "Apple Inc. (sample)", "USD", 185, 0.12, 0.26, 0.75, 55_000_000),
            new SampleInstrument("MSFT", "Microsoft Corp. (sample)", "USD", 370, 0.14, 0.24, 0.78, 22_000_000),
            new SampleInstrument("GOOGL", "Alphabet Inc. Class A (sample)", "USD", 138, 0.13, 0.28, 0.7, 28_000_000),
            new SampleInstrument("AMZN", "Amazon.com Inc. (sample)", "USD", 150, 0.15, 0.32, 0.72, 45_000_000),
            new SampleInstrument("NVDA", "NVIDIA Corp. (sample)", "USD", 48, 0.35, 0.50, 0.65, 300_000_000),
            new SampleInstrument("META", "Meta Platforms Inc. (sample)", "USD", 350, 0.18, 0.35, 0.68, 17_000_000),
            new SampleInstrument("TSLA", "Tesla Inc. (sample)", "USD", 248, 0.05, 0.55, 0.55, 100_000_000),
            new SampleInstrument("JPM", "JPMorgan Chase & Co. (sample)", "USD", 170, 0.10, 0.22, 0.7, 9_000_000),
            new SampleInstrument("V", "Visa Inc. (sample)", "USD", 260, 0.10, 0.20, 0.72, 6_000_000),
            new SampleInstrument("JNJ", "Johnson & Johnson (sample)", "USD", 157, 0.04, 0.16, 0.45, 7_000_000),
            new SampleInstrument("WMT", "Walmart Inc. (sample)", "USD", 158, 0.08, 0.18, 0.5, 8_000_000),
            new SampleInstrument("PG", "Procter & Gamble Co. (sample)", "USD", 147, 0.05, 0.16, 0.45, 6_500_000),
            new SampleInstrument("XOM", "Exxon Mobil Corp. (sample)", "USD", 100, 0.03, 0.25, 0.5, 16_000_000),
            new SampleInstrument("KO", "Coca-Cola Co. (sample)", "USD", 59, 0.05, 0.15, 0.45, 12_000_000),
            new SampleInstrument("DIS", "Walt Disney Co. (sample)", "USD", 91, 0.04, 0.28, 0.65, 10_000_000),
            new SampleInstrument("NFLX", "Netflix Inc. (sample)", "USD", 490, 0.16, 0.38, 0.6, 4_000_000),
            new SampleInstrument("INTC", "Intel Corp. (sample)", "USD", 48, -0.05, 0.40, 0.6, 40_000_000),
            new SampleInstrument("SAP.DE", "SAP SE (sample)", "EUR", 140, 0.12, 0.24, 0.6, 1_500_000),
            new SampleInstrument("HSBA.L", "HSBC Holdings plc (sample)", "GBP", 6.35, 0.06, 0.22, 0.55, 25_000_000),
            new SampleInstrument("7203.T", "Toyota Motor Corp. (sample)", "JPY", 2600, 0.08, 0.27, 0.5, 30_000_000));

    // Units of each currency per 1 USD: a fixed sample reference table, not live rates.
    private static final Map<String, BigDecimal> PER_USD = perUsd(
            "USD", "1", "EUR", "0.92", "GBP", "0.79", "JPY", "151.50", "CHF", "0.88", "CAD", "1.36", "AUD", "1.52",
            "NZD", "1.66", "CNY", "7.24", "HKD", "7.82", "SGD", "1.35", "INR", "83.40", "KRW", "1350", "SEK", "10.45",
            "NOK", "10.70", "DKK", "6.87", "PLN", "3.98", "MXN", "17.05", "BRL", "5.02", "ZAR", "18.60");

    private final Map<String, SampleInstrument> instruments = new LinkedHashMap<>();
    private final List<LocalDate> days = SampleSeries.tradingDays(FIRST_DAY, LAST_DAY);
    private final double[] market = SampleSeries.marketShocks(days.size());
    /**
     * A symbol's bars are generated when first asked for: all 21 series (about 11,000 bars) took a noticeable part
     * of a command line's start that asks about one loan. Each series has its own seed, so the order of the
     * requests does not change the data.
     */
    private final Map<String, List<PriceBar>> series = new ConcurrentHashMap<>();

    /** The dataset; each symbol's series is generated on its first use, the same on every run. */
    public SampleMarketData() {
        for (SampleInstrument instrument : INSTRUMENTS) {
            instruments.put(instrument.symbol(), instrument);
        }
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public Set<String> symbols() {
        return Collections.unmodifiableSet(instruments.keySet());
    }

    @Override
    public Quote quote(String symbol) {
        SampleInstrument instrument = instrument(symbol);
        List<PriceBar> bars = series(instrument);
        PriceBar last = bars.get(bars.size() - 1);
        BigDecimal previous = bars.get(bars.size() - 2).close();
        BigDecimal change = last.close().subtract(previous);
        BigDecimal changePercent = change.multiply(BigDecimal.valueOf(100)).divide(previous, 4, RoundingMode.HALF_EVEN);
        return new Quote(instrument.symbol(), instrument.name(), last.close(), instrument.currency(), change,
                changePercent, last.date(), SOURCE);
    }

    @Override
    public List<PriceBar> history(String symbol, LocalDate from, LocalDate to) {
        SampleInstrument instrument = instrument(symbol);
        return series(instrument).stream()
                .filter(b -> !b.date().isBefore(from) && !b.date().isAfter(to)).toList();
    }

    @Override
    public BigDecimal fxRate(String baseCurrency, String quoteCurrency) {
        BigDecimal base = PER_USD.get(baseCurrency);
        if (base == null) {
            throw new UnknownCurrencyException(baseCurrency, PER_USD.keySet());
        }
        BigDecimal quote = PER_USD.get(quoteCurrency);
        if (quote == null) {
            throw new UnknownCurrencyException(quoteCurrency, PER_USD.keySet());
        }
        return quote.divide(base, MC);
    }

    private List<PriceBar> series(SampleInstrument instrument) {
        return series.computeIfAbsent(instrument.symbol(), s -> SampleSeries.generate(instrument, days, market));
    }

    private SampleInstrument instrument(String symbol) {
        SampleInstrument instrument = symbol == null ? null : instruments.get(symbol.trim().toUpperCase(Locale.ROOT));
        if (instrument == null) {
            throw new UnknownSymbolException(symbol, instruments.keySet());
        }
        return instrument;
    }

    private static Map<String, BigDecimal> perUsd(String... pairs) {
        Map<String, BigDecimal> table = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            table.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return Collections.unmodifiableMap(table);
    }
}
