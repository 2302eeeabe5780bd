package dev.praxis.finance.personal;

import java.util.List;

/**
 * Result of {@code categorize_transactions}.
 *
 * @param transactions  every transaction with its category and rule, in input order
 * @param uncategorized how many spending transactions no rule matched
 */
public record Categorization(List<Categorized> transactions, int uncategorized) {

    /**
     * Copies the transactions.
     *
     * @param transactions every transaction with its category and rule, in input order
     * @param uncategorized how many spending transactions no rule matched
     */
    public Categorization {
        transactions = List.copyOf(transactions);
    }
}
