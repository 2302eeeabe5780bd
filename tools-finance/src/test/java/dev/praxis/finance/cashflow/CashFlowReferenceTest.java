package dev.praxis.finance.cashflow;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static dev.praxis.finance.internal.DecimalMath.MC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Published NPV / IRR / XNPV / XIRR values, recomputed here to the precision the source prints. */
class CashFlowReferenceTest {

    private static List<BigDecimal> flows(double... amounts) {
        return Arrays.stream(amounts).mapToObj(BigDecimal::valueOf).toList();
    }

    private static BigDecimal irr(List<BigDecimal> flows) {
        return irr(flows, CashFlows.DEFAULT_GUESS);
    }

    private static BigDecimal irr(List<BigDecimal> flows, BigDecimal guess) {
        IrrResult result = CashFlows.irr(flows, guess);
        assertThat(result.converged()).isTrue();
        return result.ratePercent().orElseThrow().divide(BigDecimal.valueOf(100), MC);
    }

    @Test
    void npvAtTimeZeroMatchesNumpyFinancialDocstring() {
        // numpy-financial npv docstring: npf.npv(0.08, [-40_000, 5_000, 8_000, 12_000, 30_000]) = 3065.22267 (rounded to 5)
        assertThat(CashFlows.npv(new BigDecimal("0.08"), flows(-40_000, 5_000, 8_000, 12_000, 30_000),
                NpvConvention.FIRST_FLOW_AT_T0)).isCloseTo(new BigDecimal("3065.22267"), within(new BigDecimal("0.000005")));
    }

    @Test
    void spreadsheetNpvMatchesAdobeFormCalcReference() {
        // Adobe LiveCycle Designer FormCalc reference, NPV function (spreadsheet convention, first flow at t=1):
        // NPV(0.065, 5000) = 4694.83568075117; NPV(0.1, 500, 1500, 4000, 10000) = 11529.60863329007;
        // NPV(0.0275/12, 50, 60, 40, 100, 25) = 273.14193838457
        NpvConvention t1 = NpvConvention.FIRST_FLOW_AT_T1;
        BigDecimal tight = new BigDecimal("1e-9");
        assertThat(CashFlows.npv(new BigDecimal("0.065"), flows(5000), t1))
                .isCloseTo(new BigDecimal("4694.83568075117"), within(tight));
        assertThat(CashFlows.npv(new BigDecimal("0.1"), flows(500, 1500, 4000, 10000), t1))
                .isCloseTo(new BigDecimal("11529.60863329007"), within(tight));
        assertThat(CashFlows.npv(new BigDecimal("0.0275").divide(BigDecimal.valueOf(12), MC), flows(50, 60, 40, 100, 25), t1))
                .isCloseTo(new BigDecimal("273.14193838457"), within(tight));
    }

    @Test
    void spreadsheetNpvMatchesMesciusAndRustFinancialDocs() {
        // Mescius Spread.Sheets NPV documentation: NPV(6.5%, -10000, 3000, 3400, 7700) = $2,055.38
        assertThat(CashFlows.npv(new BigDecimal("0.065"), flows(-10000, 3000, 3400, 7700), NpvConvention.FIRST_FLOW_AT_T1))
                .isCloseTo(new BigDecimal("2055.38"), within(new BigDecimal("0.005")));
        // docs.rs, crate `financial` 1.1.2, npv example: npv(0.1, [-1000, 500, 500, 500]) = 221.29635953828267
        assertThat(CashFlows.npv(new BigDecimal("0.1"), flows(-1000, 500, 500, 500), NpvConvention.FIRST_FLOW_AT_T1))
                .isCloseTo(new BigDecimal("221.29635953828267"), within(new BigDecimal("1e-11")));
    }

    @Test
    void irrMatchesExcelDocumentationExamples() {
        // Microsoft Support, IRR function: IRR(A2:A6) = -2.1%, IRR(A2:A7) = 8.7%, IRR(A2:A4, -10%) = -44.4%
        // (full values -0.0212448, 0.0866309, -0.4435069)
        BigDecimal seven = new BigDecimal("0.00000005");
        assertThat(irr(flows(-70000, 12000, 15000, 18000, 21000))).isCloseTo(new BigDecimal("-0.0212448"), within(seven));
        assertThat(irr(flows(-70000, 12000, 15000, 18000, 21000, 26000))).isCloseTo(new BigDecimal("0.0866309"), within(seven));
        assertThat(irr(flows(-70000, 12000, 15000), new BigDecimal("-0.1"))).isCloseTo(new BigDecimal("-0.4435069"), within(seven));
    }

    @Test
    void irrMatchesNumpyFinancialDocstring() {
        // numpy-financial irr docstring, values rounded to 5 decimals (round(npf.irr(...), 5))
        BigDecimal five = new BigDecimal("0.000005");
        assertThat(irr(flows(-100, 39, 59, 55, 20))).isCloseTo(new BigDecimal("0.28095"), within(five));
        assertThat(irr(flows(-100, 0, 0, 74))).isCloseTo(new BigDecimal("-0.0955"), within(five));
        assertThat(irr(flows(-100, 100, 0, -7))).isCloseTo(new BigDecimal("-0.0833"), within(five));
        assertThat(irr(flows(-100, 100, 0, 7))).isCloseTo(new BigDecimal("0.06206"), within(five));
        assertThat(irr(flows(-5, 10.5, 1, -8, 1))).isCloseTo(new BigDecimal("0.0886"), within(five));
    }

    @Test
    void irrMatchesPvWaveDocumentation() {
        // PV-WAVE IMSL, INT_RATE_RETURN example: 0.0720783
        assertThat(irr(flows(-4500, -800, 800, 800, 600, 600, 800, 800, 700, 3000)))
                .isCloseTo(new BigDecimal("0.0720783"), within(new BigDecimal("0.00000005")));
    }

    @Test
    void multipleSignChangesAreFlaggedWithEveryRootFound() {
        // numpy-financial irr docstring's multi-root example; its roots above -100 % (from the polynomial):
        // -87.02 %, 8.86 %, 70.96 %
        IrrResult result = CashFlows.irr(flows(-5, 10.5, 1, -8, 1), CashFlows.DEFAULT_GUESS);
        assertThat(result.multipleRootsPossible()).isTrue();
        assertThat(result.signChanges()).isEqualTo(3);
        assertThat(result.rootsFoundPercent()).hasSize(3);
        assertThat(result.rootsFoundPercent().get(0)).isCloseTo(new BigDecimal("-87.02012474847"), within(new BigDecimal("1e-9")));
        assertThat(result.warning()).hasValueSatisfying(w -> assertThat(w).contains("change sign 3 times"));
    }

    private static final List<CashFlow> DAX_FLOWS = List.of(
            new CashFlow(LocalDate.parse("2014-01-01"), new BigDecimal("-10000")),
            new CashFlow(LocalDate.parse("2014-03-01"), new BigDecimal("2750")),
            new CashFlow(LocalDate.parse("2014-10-30"), new BigDecimal("4250")),
            new CashFlow(LocalDate.parse("2015-02-15"), new BigDecimal("3250")),
            new CashFlow(LocalDate.parse("2015-04-01"), new BigDecimal("2750")));

    @Test
    void xnpvMatchesDaxDocumentation() {
        // Microsoft DAX docs, XNPV function: rate 0.09 on the 2014-2015 flows = 2089.50163605296
        assertThat(CashFlows.xnpv(new BigDecimal("0.09"), DAX_FLOWS))
                .isCloseTo(new BigDecimal("2089.50163605296"), within(new BigDecimal("1e-9")));
    }

    @Test
    void xirrMatchesDaxDocumentation() {
        // Microsoft DAX docs, XIRR function: the same flows give 0.3748585976873712 (37.49 %)
        IrrResult result = CashFlows.xirr(DAX_FLOWS, CashFlows.DEFAULT_GUESS);
        assertThat(result.converged()).isTrue();
        assertThat(result.ratePercent().orElseThrow())
                .isCloseTo(new BigDecimal("37.48585976873712"), within(new BigDecimal("1e-9")));
    }
}
