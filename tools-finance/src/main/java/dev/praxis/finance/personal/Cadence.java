package dev.praxis.finance.personal;

import java.time.LocalDate;
import java.util.Optional;

/** How often a recurring charge comes, with the gap in days that counts as that cadence. */
public enum Cadence {
    /** About every week: gaps of 6 to 8 days. */
    WEEKLY(6, 8, 52),
    /** About every two weeks: gaps of 13 to 16 days. */
    BIWEEKLY(13, 16, 26),
    /** About every month: gaps of 27 to 33 days. */
    MONTHLY(27, 33, 12),
    /** About every quarter: gaps of 85 to 97 days. */
    QUARTERLY(85, 97, 4),
    /** About every year: gaps of 355 to 375 days. */
    YEARLY(355, 375, 1);

    private final int minDays;
    private final int maxDays;
    private final int perYear;

    Cadence(int minDays, int maxDays, int perYear) {
        this.minDays = minDays;
        this.maxDays = maxDays;
        this.perYear = perYear;
    }

    /** The cadence whose window holds {@code days}, if any. */
    static Optional<Cadence> ofGap(long days) {
        for (Cadence c : values()) {
            if (days >= c.minDays && days <= c.maxDays) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    boolean accepts(long days) {
        return days >= minDays && days <= maxDays;
    }

    int perYear() {
        return perYear;
    }

    String window() {
        return minDays + "-" + maxDays + " days";
    }

    LocalDate next(LocalDate last) {
        return switch (this) {
            case WEEKLY -> last.plusWeeks(1);
            case BIWEEKLY -> last.plusWeeks(2);
            case MONTHLY -> last.plusMonths(1);
            case QUARTERLY -> last.plusMonths(3);
            case YEARLY -> last.plusYears(1);
        };
    }
}
