package dev.praxis.finance.personal;

import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Personal-finance tools over transactions the caller passes in. Example:
 *
 * <pre>{@code
 * categorize_transactions {"transactions": [{"date": "2024-03-01", "description": "UBER EATS 1234", "amount": -23.5}]}
 *   -> {"transactions": [{"category": "FOOD_AND_DRINK", "rule": "description contains 'UBER EATS' -> FOOD_AND_DRINK (built-in rule)", ...}]}
 * spending_summary {"transactions": [...], "group_by": "MONTH"} -> {"groups": [{"key": "2024-03", "spent": {...}, ...}]}
 * detect_recurring_charges {"transactions": [...]} -> [{"merchant": "NETFLIX COM", "cadence": "MONTHLY", ...}]
 * detect_anomalies {"transactions": [...]} -> {"anomalies": [{"rule": "DUPLICATE_CHARGE", "reason": "..."}]}
 * }</pre>
 */
public final class PersonalFinanceTools {

    /** Most transactions in one call: a busy account's year of statements, several per day. */
    public static final int MAX_TRANSACTIONS = 2_000;

    /** Most extra keyword rules in one call. */
    public static final int MAX_RULES = 100;

    private static final String TRANSACTIONS = "Transactions: date (YYYY-MM-DD), description, signed amount "
            + "(negative = spent), optional currency (default USD)";

    /**
     * The {@code categorize_transactions} tool: assigns each transaction a spending category with keyword rules and
     * says which rule matched.
     *
     * @param transactions transactions: date (YYYY-MM-DD), description, signed amount (negative = spent), optional
     *     currency (default USD)
     * @param rules extra keyword rules, tried first
     * @return each transaction with its category and the rule that matched
     */
    @ToolFunction(name = "categorize_transactions", description = "Assigns each transaction a spending category "
            + "with keyword rules and says which rule matched. Optional rules (keyword -> category) are tried "
            + "before the built-in ones.")
    public Categorization categorizeTransactions(
            @Param(value = TRANSACTIONS, maxItems = MAX_TRANSACTIONS) List<Transaction> transactions,
            @Param(value = "Extra keyword rules, tried first", required = false, maxItems = MAX_RULES)
            @Nullable List<CategoryRule> rules) {
        Categorizer categorizer = new Categorizer(rules == null ? List.of() : rules);
        List<Categorized> result = Entry.parse(transactions).stream().map(categorizer::categorize).toList();
        int uncategorized = (int) result.stream().filter(c -> c.category().equals("UNCATEGORIZED")).count();
        return new Categorization(result, uncategorized);
    }

    /**
     * The {@code spending_summary} tool: totals of money spent and received per category (default), month or
     * merchant, largest spending first, one currency per line, plus totals per currency.
     *
     * @param transactions transactions: date (YYYY-MM-DD), description, signed amount (negative = spent), optional
     *     currency (default USD)
     * @param groupBy CATEGORY (default), MONTH or MERCHANT
     * @param rules extra keyword rules for categories, tried first
     * @return the groups and the totals per currency
     */
    @ToolFunction(name = "spending_summary", description = "Totals of money spent and received per category "
            + "(default), month or merchant, largest spending first, one currency per line, plus totals per currency.")
    public SpendingSummary spendingSummary(
            @Param(value = TRANSACTIONS, maxItems = MAX_TRANSACTIONS) List<Transaction> transactions,
            @Param(value = "CATEGORY (default), MONTH or MERCHANT", required = false) @Nullable GroupBy groupBy,
            @Param(value = "Extra keyword rules for categories, tried first", required = false,
                    maxItems = MAX_RULES) @Nullable List<CategoryRule> rules) {
        return Spending.summarize(Entry.parse(transactions), groupBy == null ? GroupBy.CATEGORY : groupBy,
                new Categorizer(rules == null ? List.of() : rules));
    }

    /**
     * The {@code detect_recurring_charges} tool: finds subscriptions and other charges that repeat weekly, biweekly,
     * monthly, quarterly or yearly from the same merchant at a similar amount, with the typical amount, yearly cost,
     * next expected date and the reason.
     *
     * @param transactions transactions: date (YYYY-MM-DD), description, signed amount (negative = spent), optional
     *     currency (default USD)
     * @return the recurring charges found
     */
    @ToolFunction(name = "detect_recurring_charges", description = "Finds subscriptions and other charges that "
            + "repeat weekly, biweekly, monthly, quarterly or yearly from the same merchant at a similar amount, "
            + "with the typical amount, yearly cost, next expected date and the reason.")
    public List<RecurringCharge> detectRecurringCharges(@Param(value = TRANSACTIONS, maxItems = MAX_TRANSACTIONS) List<Transaction> transactions) {
        return RecurringDetector.detect(Entry.parse(transactions));
    }

    /**
     * The {@code detect_anomalies} tool: flags possible duplicate charges, amounts unusual for the merchant or the
     * category, and foreign-currency transactions, each with the rule and the evidence.
     *
     * @param transactions transactions: date (YYYY-MM-DD), description, signed amount (negative = spent), optional
     *     currency (default USD)
     * @return the flagged transactions and the rules applied
     */
    @ToolFunction(name = "detect_anomalies", description = "Flags possible duplicate charges, amounts unusual for "
            + "the merchant or the category, and foreign-currency transactions, each with the rule and the evidence.")
    public AnomalyReport detectAnomalies(@Param(value = TRANSACTIONS, maxItems = MAX_TRANSACTIONS) List<Transaction> transactions) {
        return AnomalyDetector.detect(Entry.parse(transactions), new Categorizer(List.of()));
    }
}
