package dev.praxis.finance.trading;

/** Buy or sell. */
public enum Side {
    /** Buy shares. */
    BUY,
    /** Sell shares. */
    SELL
}
