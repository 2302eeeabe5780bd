package dev.praxis.testing.contract.finance;

import dev.praxis.finance.market.MarketDataProvider;
import dev.praxis.finance.market.PriceBar;
import dev.praxis.finance.market.Quote;
import dev.praxis.finance.market.UnknownCurrencyException;
import dev.praxis.finance.market.UnknownSymbolException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link MarketDataProvider} must do; a real feed's test extends this class and supplies the
 * provider and a range of dates it has data for.
 */
public abstract class MarketDataProviderContract {

    /**
     * The provider under test.
     *
     * @return the provider
     */
    protected abstract MarketDataProvider provider();

    /**
     * A symbol the provider knows.
     *
     * @return the symbol, upper case
     */
    protected abstract String knownSymbol();

    @Test
    void labelsItsDataWithASource() {
        assertThat(provider().source()).isNotBlank();
        assertThat(provider().quote(knownSymbol()).source()).isEqualTo(provider().source());
    }

    @Test
    void quotesAKnownSymbolWithAPositivePriceAndAnIsoCurrency() {
        Quote quote = provider().quote(knownSymbol());
        assertThat(quote.symbol()).isEqualTo(knownSymbol());
        assertThat(quote.price()).isPositive();
        assertThat(java.util.Currency.getInstance(quote.currency())).isNotNull();
    }

    @Test
    void historyIsOldestFirstInsideTheRequestedRange() {
        LocalDate to = provider().quote(knownSymbol()).asOf();
        LocalDate from = to.minusDays(60);
        List<PriceBar> bars = provider().history(knownSymbol(), from, to);
        assertThat(bars).isNotEmpty();
        assertThat(bars).allSatisfy(b -> assertThat(b.date()).isBetween(from, to));
        assertThat(bars).isSortedAccordingTo(java.util.Comparator.comparing(PriceBar::date));
    }

    @Test
    void unknownSymbolsAndCurrenciesThrowTheirOwnExceptions() {
        assertThatThrownBy(() -> provider().quote("NO-SUCH-SYMBOL")).isInstanceOf(UnknownSymbolException.class);
        assertThatThrownBy(() -> provider().fxRate("USD", "XTS")).isInstanceOf(UnknownCurrencyException.class);
    }

    @Test
    void fxRatesAreConsistentBothWays() {
        BigDecimal there = provider().fxRate("EUR", "USD");
        BigDecimal back = provider().fxRate("USD", "EUR");
        assertThat(there.multiply(back).subtract(BigDecimal.ONE).abs()).isLessThan(new BigDecimal("1e-20"));
        assertThat(provider().fxRate("USD", "USD")).isEqualByComparingTo("1");
    }
}
