package dev.praxis.finance.personal;

/** The rules {@code detect_anomalies} applies; each flag names the one that fired. */
public enum AnomalyRule {
    /** Same merchant, amount and currency as an earlier charge within 2 days. */
    DUPLICATE_CHARGE,
    /** More than 3 × the median of at least 3 other charges at the same merchant. */
    UNUSUAL_AMOUNT_FOR_MERCHANT,
    /** Robust z-score above 3.5 and more than 2 × the median among at least 5 other charges of its category. */
    UNUSUAL_AMOUNT_FOR_CATEGORY,
    /** A currency other than the one most transactions use. */
    FOREIGN_CURRENCY
}
