package dev.praxis.finance.cashflow;

/** When periodic payments fall: a spreadsheet's {@code type} 0 ({@link #END}) or 1 ({@link #BEGIN}). */
public enum PaymentTiming {
    /** Payments at the end of each period (ordinary annuity); the default. */
    END,
    /** Payments at the beginning of each period (annuity due). */
    BEGIN
}
