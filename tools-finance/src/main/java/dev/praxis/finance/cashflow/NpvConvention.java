package dev.praxis.finance.cashflow;

/**
 * Where the first cash flow sits in time. The two conventions differ by a factor {@code (1 + rate)}, which is
 * the most common NPV mistake, so the tool takes it as a parameter and names it in the result.
 */
public enum NpvConvention {
    /** The first flow is at time 0 and is not discounted (numpy-financial {@code npv}); the default. */
    FIRST_FLOW_AT_T0,
    /** The first flow is at the end of period 1 and is discounted once (spreadsheet {@code NPV()}). */
    FIRST_FLOW_AT_T1
}
