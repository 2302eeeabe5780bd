package dev.praxis.finance.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Where the finance tools get prices and exchange rates. Implement it to connect a real feed; every method
 * throws {@link UnknownSymbolException} / {@link UnknownCurrencyException} for what it does not know, never
 * returns null, and labels its data with {@link #source()}.
 *
 * <pre>{@code
 * FinancePack pack = FinancePack.builder().marketData(new MyBrokerFeed(apiKey)).build();
 * }</pre>
 */
public interface MarketDataProvider {

    /**
     * Who provides the data, shown with every result, e.g. {@code "sample data (not real market prices)"}.
     *
     * @return the data source's name
     */
    String source();

    /**
     * The symbols this provider knows; may be a sample for large universes.
     *
     * @return the known symbols, upper case
     */
    Set<String> symbols();

    /**
     * Latest quote of {@code symbol} (upper case).
     *
     * @param symbol the ticker symbol
     * @return the quote
     */
    Quote quote(String symbol);

    /**
     * Daily bars of {@code symbol} from {@code from} to {@code to}, both inclusive, oldest first.
     *
     * @param symbol the ticker symbol
     * @param from the first day
     * @param to the last day
     * @return the bars, oldest first
     */
    List<PriceBar> history(String symbol, LocalDate from, LocalDate to);

    /**
     * Units of {@code quoteCurrency} for one unit of {@code baseCurrency}, both ISO-4217 codes.
     *
     * @param baseCurrency the currency one unit of which is priced
     * @param quoteCurrency the currency the price is in
     * @return the exchange rate
     */
    BigDecimal fxRate(String baseCurrency, String quoteCurrency);
}
