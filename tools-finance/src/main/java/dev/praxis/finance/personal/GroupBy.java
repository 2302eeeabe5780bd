package dev.praxis.finance.personal;

/** How {@code spending_summary} groups transactions. */
public enum GroupBy {
    /** By rule-based category (the default). */
    CATEGORY,
    /** By calendar month of the booking date. */
    MONTH,
    /** By normalised merchant. */
    MERCHANT
}
