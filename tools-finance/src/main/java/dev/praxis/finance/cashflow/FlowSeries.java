package dev.praxis.finance.cashflow;

import java.math.BigDecimal;

/** A cash-flow series seen as a function of the discount rate, for the IRR solver. */
interface FlowSeries {

    /** NPV at {@code rate} (a fraction), quickly, in doubles: for scanning the rate axis. */
    double approximateValue(double rate);

    /** NPV and its derivative at {@code rate}, in DECIMAL128: for refining a root. */
    BigDecimal[] valueAndSlope(BigDecimal rate);

    /** How often the amounts change sign, zeros skipped. */
    int signChanges();

    /** Sum of absolute amounts: the scale against which an NPV counts as zero. */
    BigDecimal scale();
}
