package dev.praxis.finance.personal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Deterministic anomaly rules (see {@link AnomalyRule}); each transaction gets at most one flag per rule. The
 * category rule uses the median and the median absolute deviation (scaled by 1.4826), which a single outlier
 * cannot drag, unlike a mean and standard deviation.
 */
final class AnomalyDetector {

    static final List<String> RULES = List.of(
            "DUPLICATE_CHARGE: same merchant, amount and currency as an earlier charge within 2 days",
            "UNUSUAL_AMOUNT_FOR_MERCHANT: more than 3 x the median of at least 3 other charges at the same merchant",
            "UNUSUAL_AMOUNT_FOR_CATEGORY: robust z-score (median, 1.4826 x MAD) above 3.5 and more than 2 x the "
                    + "median among at least 5 other charges of the same category and currency",
            "FOREIGN_CURRENCY: a currency other than the one most transactions use");
    private static final MathContext MC = MathContext.DECIMAL128;

    private AnomalyDetector() {
    }

    static AnomalyReport detect(List<Entry> entries, Categorizer categorizer) {
        List<Anomaly> flags = new ArrayList<>();
        List<Entry> outflows = entries.stream().filter(Entry::isOutflow).toList();
        duplicates(outflows, flags);
        unusual(outflows, Entry::merchant, 3, flags, true);
        Map<Integer, String> categories = outflows.stream()
                .collect(Collectors.toMap(Entry::index, e -> categorizer.categorize(e).category()));
        unusual(outflows, e -> categories.get(e.index()), 5, flags, false);
        foreign(entries, flags);
        flags.sort(Comparator.comparing(Anomaly::index).thenComparing(Anomaly::rule));
        return new AnomalyReport(flags, entries.size(), RULES);
    }

    private static void duplicates(List<Entry> outflows, List<Anomaly> flags) {
        List<Entry> byDate = outflows.stream().sorted(Comparator.comparing(Entry::date).thenComparing(Entry::index)).toList();
        for (int i = 0; i < byDate.size(); i++) {
            Entry later = byDate.get(i);
            for (int j = i - 1; j >= 0; j--) {
                Entry earlier = byDate.get(j);
                long days = ChronoUnit.DAYS.between(earlier.date(), later.date());
                if (days > 2) {
                    break;
                }
                if (earlier.merchant().equals(later.merchant()) && earlier.currency().equals(later.currency())
                        && earlier.amount().compareTo(later.amount()) == 0) {
                    flags.add(flag(later, AnomalyRule.DUPLICATE_CHARGE, "same merchant " + later.merchant()
                            + " and amount " + later.amount().negate().toPlainString() + " " + later.currency()
                            + " as transactions[" + earlier.index() + "] " + days + " day(s) earlier"));
                    break;
                }
            }
        }
    }

    private static void unusual(List<Entry> outflows, Function<Entry, String> groupOf, int minOthers,
                                List<Anomaly> flags, boolean merchantRule) {
        for (Entry entry : outflows) {
            List<BigDecimal> others = outflows.stream()
                    .filter(o -> o.index() != entry.index() && o.currency().equals(entry.currency())
                            && groupOf.apply(o).equals(groupOf.apply(entry)))
                    .map(o -> o.amount().negate()).sorted().toList();
            if (others.size() < minOthers) {
                continue;
            }
            BigDecimal amount = entry.amount().negate();
            BigDecimal median = RecurringDetector.median(others);
            if (median.signum() <= 0) {
                continue;
            }
            BigDecimal ratio = amount.divide(median, 2, RoundingMode.HALF_UP);
            if (merchantRule && amount.compareTo(median.multiply(BigDecimal.valueOf(3))) > 0) {
                flags.add(flag(entry, AnomalyRule.UNUSUAL_AMOUNT_FOR_MERCHANT, amount.toPlainString() + " is "
                        + ratio.toPlainString() + " x the median " + median.stripTrailingZeros().toPlainString() + " of "
                        + others.size() + " other charges at " + entry.merchant()));
            } else if (!merchantRule) {
                categoryOutlier(entry, others, median, ratio, groupOf.apply(entry), flags);
            }
        }
    }

    private static void categoryOutlier(Entry entry, List<BigDecimal> others, BigDecimal median, BigDecimal ratio,
                                        String category, List<Anomaly> flags) {
        BigDecimal amount = entry.amount().negate();
        List<BigDecimal> deviations = others.stream().map(o -> o.subtract(median).abs()).sorted().toList();
        BigDecimal spread = RecurringDetector.median(deviations).multiply(new BigDecimal("1.4826"));
        boolean far = spread.signum() == 0 ? amount.compareTo(median) > 0
                : amount.subtract(median).divide(spread, MC).compareTo(new BigDecimal("3.5")) > 0;
        if (far && amount.compareTo(median.multiply(BigDecimal.valueOf(2))) > 0) {
            flags.add(flag(entry, AnomalyRule.UNUSUAL_AMOUNT_FOR_CATEGORY, amount.toPlainString() + " is "
                    + ratio.toPlainString() + " x the median " + median.stripTrailingZeros().toPlainString() + " of "
                    + others.size() + " other " + category + " charges"));
        }
    }

    private static void foreign(List<Entry> entries, List<Anomaly> flags) {
        Map<String, Long> counts = entries.stream().collect(Collectors.groupingBy(Entry::currency, Collectors.counting()));
        String home = counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
        for (Entry entry : entries) {
            if (!entry.currency().equals(home)) {
                flags.add(flag(entry, AnomalyRule.FOREIGN_CURRENCY, "in " + entry.currency() + " while "
                        + counts.get(home) + " of " + entries.size() + " transactions are in " + home));
            }
        }
    }

    private static Anomaly flag(Entry entry, AnomalyRule rule, String reason) {
        return new Anomaly(entry.index(), entry.date(), entry.description(), entry.money(), rule, reason);
    }
}
