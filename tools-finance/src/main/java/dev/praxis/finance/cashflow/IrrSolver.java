package dev.praxis.finance.cashflow;

import dev.praxis.finance.internal.DecimalMath;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static dev.praxis.finance.internal.DecimalMath.MC;

/**
 * Finds the rates that zero an NPV. It scans the rate axis from -99 % to 10000 % for sign changes (in doubles,
 * cheap), brackets each root by bisection, refines it with Newton in DECIMAL128, and returns the root closest to
 * the guess, so a cash flow with several roots gives a reproducible answer (the one numpy-financial and a
 * spreadsheet started at 10 % give for the documented examples) together with all roots found.
 */
final class IrrSolver {

    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();
    private static final BigDecimal STEP_TOLERANCE = new BigDecimal("1e-28");
    private static final BigDecimal VALUE_TOLERANCE = new BigDecimal("1e-20");
    private static final int MAX_NEWTON = 100;

    private IrrSolver() {
    }

    static IrrResult solve(FlowSeries series, BigDecimal guess) {
        List<Refined> roots = new ArrayList<>();
        for (double[] bracket : brackets(series)) {
            add(roots, newton(series, BigDecimal.valueOf(bisect(series, bracket[0], bracket[1]))));
        }
        add(roots, newton(series, guess));
        roots.sort(Comparator.comparing(r -> r.root().orElseThrow()));
        Optional<Refined> closest = roots.stream()
                .min(Comparator.comparing((Refined r) -> r.root().orElseThrow().subtract(guess).abs()));
        Optional<BigDecimal> chosen = closest.flatMap(Refined::root);
        int iterations = closest.map(Refined::iterations).orElse(0);
        int changes = series.signChanges();
        List<BigDecimal> percents = roots.stream().map(r -> percent(r.root().orElseThrow())).toList();
        String guessText = percent(guess).stripTrailingZeros().toPlainString() + " %";
        Optional<String> warning = Optional.empty();
        if (chosen.isEmpty()) {
            warning = Optional.of("no rate between -99 % and 10000 % makes the NPV zero; no IRR is reported");
        } else if (changes > 1) {
            warning = Optional.of("the cash flows change sign " + changes + " times, so several rates can make the "
                    + "NPV zero (found " + percents.size() + ": " + percents.stream().map(p -> p.toPlainString() + " %")
                    .toList() + "); returned the one closest to the guess " + guessText
                    + ". Prefer the NPV at a chosen discount rate for such flows.");
        }
        return new IrrResult(chosen.map(IrrSolver::percent), chosen.isPresent(), iterations, changes, changes > 1,
                percents, warning, "scan of -99 %..10000 % for sign changes, bisection, then Newton in 34-digit "
                + "decimals; the root closest to the guess (" + guessText + ") is returned");
    }

    private record Refined(Optional<BigDecimal> root, int iterations) {
    }

    // Keeps a refined root unless it failed or duplicates one already found.
    private static void add(List<Refined> roots, Refined refined) {
        if (refined.root().isPresent()
                && roots.stream().noneMatch(r -> close(r.root().orElseThrow(), refined.root().get()))) {
            roots.add(refined);
        }
    }

    private static Refined newton(FlowSeries series, BigDecimal start) {
        try {
            return iterate(series, start);
        } catch (ArithmeticException e) {
            // A start far from any root can drive the rate towards -100 %, where discount factors leave the range
            // of BigDecimal; that start simply finds no root.
            return new Refined(Optional.empty(), MAX_NEWTON);
        }
    }

    private static Refined iterate(FlowSeries series, BigDecimal start) {
        BigDecimal rate = start;
        BigDecimal tolerance = VALUE_TOLERANCE.multiply(series.scale().max(BigDecimal.ONE), MC);
        for (int i = 1; i <= MAX_NEWTON; i++) {
            BigDecimal[] vs = series.valueAndSlope(rate);
            if (vs[1].signum() == 0) {
                return new Refined(Optional.empty(), i);
            }
            BigDecimal step = vs[0].divide(vs[1], MC);
            BigDecimal next = rate.subtract(step, MC);
            if (next.compareTo(MINUS_ONE) <= 0) {
                next = rate.add(MINUS_ONE, MC).divide(BigDecimal.valueOf(2), MC);
            }
            rate = next;
            if (step.abs().compareTo(STEP_TOLERANCE) < 0) {
                boolean zero = series.valueAndSlope(rate)[0].abs().compareTo(tolerance) <= 0;
                return new Refined(zero ? Optional.of(rate) : Optional.empty(), i);
            }
        }
        return new Refined(Optional.empty(), MAX_NEWTON);
    }

    private static List<double[]> brackets(FlowSeries series) {
        List<double[]> brackets = new ArrayList<>();
        double previousRate = Double.NaN;
        double previousValue = Double.NaN;
        for (double rate : grid()) {
            double value = series.approximateValue(rate);
            if (!Double.isFinite(value)) {
                continue;
            }
            if (value == 0.0) {
                brackets.add(new double[] {rate, rate});
            } else if (Double.isFinite(previousValue) && previousValue != 0.0
                    && Math.signum(value) != Math.signum(previousValue)) {
                brackets.add(new double[] {previousRate, rate});
            }
            previousRate = rate;
            previousValue = value;
        }
        return brackets;
    }

    private static double[] grid() {
        List<Double> rates = new ArrayList<>();
        for (int i = -990; i < 1000; i += 5) {
            rates.add(i / 1000.0);
        }
        for (int i = 10; i < 100; i++) {
            rates.add(i / 10.0);
        }
        for (int i = 10; i <= 100; i++) {
            rates.add((double) i);
        }
        return rates.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double bisect(FlowSeries series, double low, double high) {
        double fLow = series.approximateValue(low);
        for (int i = 0; i < 200 && high - low > 1e-13; i++) {
            double mid = (low + high) / 2;
            double fMid = series.approximateValue(mid);
            if (Math.signum(fMid) == Math.signum(fLow)) {
                low = mid;
                fLow = fMid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(new BigDecimal("1e-9")) < 0;
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return DecimalMath.toPercent(fraction).setScale(10, RoundingMode.HALF_EVEN);
    }
}
