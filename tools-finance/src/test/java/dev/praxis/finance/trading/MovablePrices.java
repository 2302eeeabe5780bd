package dev.praxis.finance.trading;

import dev.praxis.finance.market.MarketDataProvider;
import dev.praxis.finance.market.PriceBar;
import dev.praxis.finance.market.Quote;
import dev.praxis.finance.market.SampleMarketData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The sample market data with every quote multiplied by a factor the test sets: a market that moves. */
final class MovablePrices implements MarketDataProvider {

    private final SampleMarketData sample = new SampleMarketData();
    private volatile BigDecimal factor = BigDecimal.ONE;

    void multiplyBy(String factor) {
        this.factor = new BigDecimal(factor);
    }

    @Override
    public String source() {
        return sample.source();
    }

    @Override
    public Set<String> symbols() {
        return sample.symbols();
    }

    @Override
    public Quote quote(String symbol) {
        Quote q = sample.quote(symbol);
        return new Quote(q.symbol(), q.name(), q.price().multiply(factor).setScale(q.price().scale(),
                java.math.RoundingMode.HALF_UP), q.currency(), q.change(), q.changePercent(), q.asOf(), q.source());
    }

    @Override
    public List<PriceBar> history(String symbol, LocalDate from, LocalDate to) {
        return sample.history(symbol, from, to);
    }

    @Override
    public BigDecimal fxRate(String baseCurrency, String quoteCurrency) {
        return sample.fxRate(baseCurrency, quoteCurrency);
    }
}
