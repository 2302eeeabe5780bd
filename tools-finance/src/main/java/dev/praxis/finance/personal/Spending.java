package dev.praxis.finance.personal;

import dev.praxis.finance.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Sums transactions by category, month or merchant, one currency per group. */
final class Spending {

    private Spending() {
    }

    static SpendingSummary summarize(List<Entry> entries, GroupBy groupBy, Categorizer categorizer) {
        Function<Entry, String> key = switch (groupBy) {
            case CATEGORY -> e -> categorizer.categorize(e).category();
            case MONTH -> e -> java.time.YearMonth.from(e.date()).toString();
            case MERCHANT -> Entry::merchant;
        };
        List<SpendingGroup> groups = groups(entries, key);
        groups.sort(Comparator.comparing((SpendingGroup g) -> g.spent().amount()).reversed()
                .thenComparing(SpendingGroup::key));
        List<SpendingGroup> totals = groups(entries, e -> "TOTAL");
        return new SpendingSummary(groupBy, groups, totals, "amounts below zero are spending (shown as positive "
                + "'spent'), above zero money received; net = received - spent");
    }

    private static List<SpendingGroup> groups(List<Entry> entries, Function<Entry, String> key) {
        Map<List<String>, List<Entry>> byKey = new LinkedHashMap<>();
        for (Entry entry : entries) {
            byKey.computeIfAbsent(List.of(key.apply(entry), entry.currency()), k -> new ArrayList<>()).add(entry);
        }
        List<SpendingGroup> groups = new ArrayList<>();
        byKey.forEach((k, members) -> {
            BigDecimal spent = members.stream().filter(Entry::isOutflow).map(e -> e.amount().negate())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal received = members.stream().filter(e -> !e.isOutflow()).map(Entry::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            String currency = k.get(1);
            groups.add(new SpendingGroup(k.get(0), Money.rounded(spent, currency), Money.rounded(received, currency),
                    Money.rounded(received.subtract(spent), currency), members.size()));
        });
        return groups;
    }
}
