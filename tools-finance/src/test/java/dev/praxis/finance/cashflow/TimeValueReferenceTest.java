package dev.praxis.finance.cashflow;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.praxis.finance.internal.DecimalMath.MC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Published FV / PV / PMT / EFFECT / RRI values, each recomputed here to the precision the source prints. */
class TimeValueReferenceTest {

    private static final BigDecimal TIGHT = new BigDecimal("1e-9");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal monthly(String annual) {
        return d(annual).divide(BigDecimal.valueOf(12), MC);
    }

    @Test
    void pmtMatchesExcelDocumentationExample() {
        // Microsoft Support, PMT function, example 1: =PMT(8%/12, 10, 10000) = ($1,037.03); full value -1037.0320893591636
        assertThat(TimeValue.payment(monthly("0.08"), d("10"), d("10000"), BigDecimal.ZERO, PaymentTiming.END))
                .isCloseTo(d("-1037.0320893591636"), within(TIGHT));
    }

    @Test
    void pmtWithPaymentsAtPeriodStartMatchesDaxDocumentation() {
        // Microsoft DAX docs, PMT function (MicrosoftDocs/query-docs pmt-function-dax.md): PMT(0.08/12,10,10000,0,1)
        assertThat(TimeValue.payment(monthly("0.08"), d("10"), d("10000"), BigDecimal.ZERO, PaymentTiming.BEGIN))
                .isCloseTo(d("-1030.16432717797"), within(TIGHT));
    }

    @Test
    void pmtToReachASavingsGoalMatchesDaxDocumentation() {
        // Microsoft DAX docs, PMT example 2: PMT(0.06/12, 18*12, 0, 50000) = -129.081160867991
        assertThat(TimeValue.payment(monthly("0.06"), d("216"), BigDecimal.ZERO, d("50000"), PaymentTiming.END))
                .isCloseTo(d("-129.081160867991"), within(TIGHT));
    }

    @Test
    void pmtMatchesNumpyFinancialDocstring() {
        // numpy-financial pmt docstring: npf.pmt(0.075/12, 12*15, 200000) = -1854.0247200054619
        assertThat(TimeValue.payment(monthly("0.075"), d("180"), d("200000"), BigDecimal.ZERO, PaymentTiming.END))
                .isCloseTo(d("-1854.0247200054619"), within(TIGHT));
    }

    @Test
    void pmtMatchesMesciusSpreadJsExamples() {
        // Mescius SpreadJS / Spread.NET PMT documentation: PMT(6%/12, 15, 5000) = -346.82 and
        // PMT(0.005, 15, 5000, 0, 1) = -345.10 (shown to cents)
        assertThat(TimeValue.payment(d("0.005"), d("15"), d("5000"), BigDecimal.ZERO, PaymentTiming.END))
                .isCloseTo(d("-346.82"), within(d("0.005")));
        assertThat(TimeValue.payment(d("0.005"), d("15"), d("5000"), BigDecimal.ZERO, PaymentTiming.BEGIN))
                .isCloseTo(d("-345.10"), within(d("0.005")));
    }

    @Test
    void fvMatchesDaxDocumentation() {
        // Microsoft DAX docs, FV function: FV(0.06/12, 10, -200, -500, 1) = 2581.40337406012
        assertThat(TimeValue.futureValue(monthly("0.06"), d("10"), d("-200"), d("-500"), PaymentTiming.BEGIN))
                .isCloseTo(d("2581.40337406012"), within(TIGHT));
    }

    @Test
    void fvMatchesNumpyFinancialDocstring() {
        // numpy-financial fv docstring: npf.fv(0.05/12, 10*12, -100, -100) = 15692.928894335748
        assertThat(TimeValue.futureValue(monthly("0.05"), d("120"), d("-100"), d("-100"), PaymentTiming.END))
                .isCloseTo(d("15692.928894335748"), within(TIGHT));
    }

    @Test
    void pvMatchesDaxDocumentation() {
        // Microsoft DAX docs, PV function: PV(0.08/12, 12*20, 500, 0, 0) = -59777.1458511878
        assertThat(TimeValue.presentValue(monthly("0.08"), d("240"), d("500"), BigDecimal.ZERO, PaymentTiming.END))
                .isCloseTo(d("-59777.1458511878"), within(TIGHT));
    }

    @Test
    void pvMatchesNumpyFinancialDocstring() {
        // numpy-financial pv docstring: npf.pv(0.05/12, 10*12, -100, 15692.93) = -100.00067131625819
        assertThat(TimeValue.presentValue(monthly("0.05"), d("120"), d("-100"), d("15692.93"), PaymentTiming.END))
                .isCloseTo(d("-100.00067131625819"), within(TIGHT));
    }

    @Test
    void effectiveRateMatchesDaxEffectDocumentation() {
        // Microsoft DAX docs, EFFECT function: EFFECT(0.0525, 4) = 0.0535426673707584
        assertThat(Growth.effectiveRate(d("0.0525"), 4)).isCloseTo(d("0.0535426673707584"), within(d("1e-15")));
    }

    @Test
    void cagrPerPeriodMatchesDaxRriDocumentation() {
        // Microsoft DAX docs, RRI function: RRI(48, 10000, 21000) = 0.0155771057566627 (growth rate per period)
        assertThat(Growth.cagr(d("10000"), d("21000"), d("48"))).isCloseTo(d("0.0155771057566627"), within(d("1e-15")));
    }
}
