package dev.praxis.finance.personal;

import dev.praxis.finance.money.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds recurring charges. Rule: the same normalised merchant and currency charged at least
 * {@link #MIN_OCCURRENCES} times (twice for yearly), every gap between consecutive charges inside one cadence
 * window (weekly 6-8 days, biweekly 13-16, monthly 27-33, quarterly 85-97, yearly 355-375), and every amount
 * within {@link #AMOUNT_TOLERANCE} of the median amount.
 */
final class RecurringDetector {

    static final int MIN_OCCURRENCES = 3;
    static final BigDecimal AMOUNT_TOLERANCE = new BigDecimal("0.25");

    private RecurringDetector() {
    }

    static List<RecurringCharge> detect(List<Entry> entries) {
        Map<List<String>, List<Entry>> byMerchant = new LinkedHashMap<>();
        entries.stream().filter(Entry::isOutflow).sorted(Comparator.comparing(Entry::date).thenComparing(Entry::index))
                .forEach(e -> byMerchant.computeIfAbsent(List.of(e.merchant(), e.currency()), k -> new ArrayList<>()).add(e));
        List<RecurringCharge> found = new ArrayList<>();
        for (List<Entry> charges : byMerchant.values()) {
            recurring(charges).ifPresent(found::add);
        }
        found.sort(Comparator.comparing((RecurringCharge r) -> r.annualCost().amount()).reversed()
                .thenComparing(RecurringCharge::merchant));
        return found;
    }

    private static Optional<RecurringCharge> recurring(List<Entry> charges) {
        if (charges.size() < 2) {
            return Optional.empty();
        }
        long firstGap = ChronoUnit.DAYS.between(charges.get(0).date(), charges.get(1).date());
        Optional<Cadence> cadence = Cadence.ofGap(firstGap);
        if (cadence.isEmpty() || charges.size() < (cadence.get() == Cadence.YEARLY ? 2 : MIN_OCCURRENCES)) {
            return Optional.empty();
        }
        for (int i = 1; i < charges.size(); i++) {
            if (!cadence.get().accepts(ChronoUnit.DAYS.between(charges.get(i - 1).date(), charges.get(i).date()))) {
                return Optional.empty();
            }
        }
        List<BigDecimal> amounts = charges.stream().map(e -> e.amount().negate()).sorted().toList();
        BigDecimal median = median(amounts);
        BigDecimal allowed = median.multiply(AMOUNT_TOLERANCE);
        if (amounts.stream().anyMatch(a -> a.subtract(median).abs().compareTo(allowed) > 0)) {
            return Optional.empty();
        }
        Entry first = charges.get(0);
        Entry last = charges.get(charges.size() - 1);
        String currency = first.currency();
        boolean varies = amounts.get(0).compareTo(amounts.get(amounts.size() - 1)) != 0;
        String reason = charges.size() + " charges from " + first.merchant() + ", every gap within the "
                + cadence.get().name().toLowerCase(Locale.ROOT) + " window (" + cadence.get().window()
                + "), amounts within 25 % of the median " + median.toPlainString() + " " + currency;
        return Optional.of(new RecurringCharge(first.merchant(), cadence.get(), Money.rounded(median, currency),
                Money.rounded(median.multiply(BigDecimal.valueOf(cadence.get().perYear())), currency), charges.size(),
                first.date(), last.date(), cadence.get().next(last.date()), varies,
                charges.stream().map(Entry::index).toList(), reason));
    }

    static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL128);
    }
}
