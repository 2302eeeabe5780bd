package dev.praxis.finance.market;

import dev.praxis.finance.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a deterministic daily series: a geometric random walk whose shocks mix a shared market factor
 * (so betas are meaningful) with an idiosyncratic part, each from a fixed seed. {@link java.util.Random}'s
 * algorithm is fixed by its specification, so the series are the same on every JVM.
 */
final class SampleSeries {

    private static final double DT = 1.0 / 252;

    private SampleSeries() {
    }

    /** Monday-to-Friday trading days from {@code first} to {@code last} inclusive (no holiday calendar). */
    static List<LocalDate> tradingDays(LocalDate first, LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }

    /** Standard normal market shocks, one per day, from a fixed seed. */
    static double[] marketShocks(int days) {
        Random random = new Random(20240102L);
        double[] shocks = new double[days];
        for (int i = 0; i < days; i++) {
            shocks[i] = random.nextGaussian();
        }
        return shocks;
    }

    static List<PriceBar> generate(SampleInstrument instrument, List<LocalDate> days, double[] market) {
        Random random = new Random(instrument.symbol().hashCode() * 31L + 17);
        int digits = Money.minorDigits(instrument.currency());
        double sigma = instrument.annualVolatility();
        double beta = Math.max(-1, Math.min(1, instrument.marketBeta()));
        double idiosyncratic = Math.sqrt(1 - beta * beta);
        double close = instrument.startPrice();
        List<PriceBar> bars = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            double open = close;
            double z = beta * market[i] + idiosyncratic * random.nextGaussian();
            close = open * Math.exp((instrument.annualDrift() - sigma * sigma / 2) * DT + sigma * Math.sqrt(DT) * z);
            double wiggle = sigma * Math.sqrt(DT) * 0.5;
            double high = Math.max(open, close) * (1 + Math.abs(random.nextGaussian()) * wiggle);
            double low = Math.min(open, close) * (1 - Math.abs(random.nextGaussian()) * wiggle);
            long volume = Math.round(instrument.averageVolume() * (0.6 + 0.8 * random.nextDouble()));
            bars.add(new PriceBar(days.get(i), price(open, digits), price(high, digits), price(low, digits),
                    price(close, digits), volume));
        }
        return bars;
    }

    private static BigDecimal price(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP);
    }
}
