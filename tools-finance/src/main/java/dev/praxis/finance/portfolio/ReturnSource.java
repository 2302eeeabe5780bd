package dev.praxis.finance.portfolio;

import dev.praxis.finance.internal.Dates;
import dev.praxis.finance.internal.DecimalMath;
import dev.praxis.finance.market.MarketDataProvider;
import dev.praxis.finance.market.PriceBar;
import dev.praxis.tool.ToolException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.praxis.finance.internal.DecimalMath.MC;

/** Turns the ways a model can describe a return series (percent returns, prices, a symbol) into fractions. */
final class ReturnSource {

    private final MarketDataProvider provider;

    ReturnSource(MarketDataProvider provider) {
        this.provider = provider;
    }

    /** Returns in percent to fractions, rejecting anything below -100 %. */
    static List<BigDecimal> fromPercent(List<BigDecimal> percent, String parameter) {
        List<BigDecimal> fractions = new ArrayList<>();
        for (int i = 0; i < percent.size(); i++) {
            BigDecimal value = percent.get(i);
            if (value == null || value.compareTo(BigDecimal.valueOf(-100)) < 0) {
                throw new ToolException(parameter + "[" + i + "] must be a percent return >= -100, got " + value);
            }
            fractions.add(DecimalMath.fromPercent(value));
        }
        return fractions;
    }

    /** Simple returns between consecutive prices. */
    static List<BigDecimal> fromPrices(List<BigDecimal> prices, String parameter) {
        for (int i = 0; i < prices.size(); i++) {
            if (prices.get(i) == null || prices.get(i).signum() <= 0) {
                throw new ToolException(parameter + "[" + i + "] must be a price > 0, got " + prices.get(i));
            }
        }
        List<BigDecimal> returns = new ArrayList<>();
        for (int i = 1; i < prices.size(); i++) {
            returns.add(prices.get(i).divide(prices.get(i - 1), MC).subtract(BigDecimal.ONE, MC));
        }
        return returns;
    }

    /** Daily close-to-close returns of {@code symbol}, keyed by the date of the later close. */
    TreeMap<LocalDate, BigDecimal> fromSymbol(String symbol, String startDate, String endDate) {
        LocalDate end = endDate == null ? provider.quote(symbol).asOf() : Dates.parse(endDate, "end_date");
        LocalDate start = startDate == null ? end.minusYears(1) : Dates.parse(startDate, "start_date");
        if (start.isAfter(end)) {
            throw new ToolException("start_date " + start + " is after end_date " + end);
        }
        List<PriceBar> bars = provider.history(symbol, start, end);
        TreeMap<LocalDate, BigDecimal> returns = new TreeMap<>();
        for (int i = 1; i < bars.size(); i++) {
            returns.put(bars.get(i).date(), bars.get(i).close().divide(bars.get(i - 1).close(), MC)
                    .subtract(BigDecimal.ONE, MC));
        }
        return returns;
    }

    /** The values of {@code series} on the dates both series share, in date order. */
    static List<List<BigDecimal>> aligned(Map<LocalDate, BigDecimal> first, Map<LocalDate, BigDecimal> second) {
        List<BigDecimal> a = new ArrayList<>();
        List<BigDecimal> b = new ArrayList<>();
        for (Map.Entry<LocalDate, BigDecimal> entry : new TreeMap<>(first).entrySet()) {
            BigDecimal other = second.get(entry.getKey());
            if (other != null) {
                a.add(entry.getValue());
                b.add(other);
            }
        }
        return List.of(a, b);
    }
}
