package dev.praxis.finance.trading;

/** Buy or sell. */
public enum Side {
    BUY, SELL
}
