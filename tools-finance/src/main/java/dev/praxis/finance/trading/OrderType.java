package dev.praxis.finance.trading;

/** How the order is priced. */
public enum OrderType {
    /** At the current price. */
    MARKET,
    /** At the limit price or better; the paper account fills only limits that are marketable now. */
    LIMIT
}
