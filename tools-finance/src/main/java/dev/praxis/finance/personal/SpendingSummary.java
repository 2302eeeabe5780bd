package dev.praxis.finance.personal;

import java.util.List;

/**
 * Result of {@code spending_summary}: groups ordered by money spent (largest first), and totals per currency.
 * Currencies are never mixed: a group or total holds one currency.
 *
 * @param groupBy how transactions were grouped
 * @param groups  one per (key, currency)
 * @param totals  one per currency, key "TOTAL"
 * @param signs   how signs were read
 */
public record SpendingSummary(GroupBy groupBy, List<SpendingGroup> groups, List<SpendingGroup> totals, String signs) {

    /**
     * Copies the lists.
     *
     * @param groupBy how transactions were grouped
     * @param groups one per (key, currency)
     * @param totals one per currency, key "TOTAL"
     * @param signs how signs were read
     */
    public SpendingSummary {
        groups = List.copyOf(groups);
        totals = List.copyOf(totals);
    }
}
