package dev.praxis.finance.cashflow;

import dev.praxis.finance.loan.AmortizationSchedule;
import dev.praxis.finance.loan.Loans;
import dev.praxis.finance.loan.ScheduleRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static dev.praxis.finance.internal.DecimalMath.MC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Invariants checked on many seeded random inputs. */
class CashFlowPropertiesTest {

    private static final int CASES = 300;

    private static BigDecimal money(Random random, int maxUnits) {
        return BigDecimal.valueOf(1 + random.nextInt(maxUnits * 100)).movePointLeft(2);
    }

    private static BigDecimal rate(Random random, int maxBasisPoints) {
        return BigDecimal.valueOf(random.nextInt(maxBasisPoints)).movePointLeft(2);
    }

    @Test
    void schedulePrincipalSumsExactlyToTheLoanAndEndsAtZero() {
        Random random = new Random(42);
        for (int i = 0; i < CASES; i++) {
            BigDecimal principal = money(random, 1_000_000);
            BigDecimal annual = rate(random, 2500);
            int term = 1 + random.nextInt(480);
            BigDecimal extra = random.nextBoolean() ? BigDecimal.ZERO : money(random, 2000);
            AmortizationSchedule s = Loans.schedule(principal, annual, term, extra, Optional.empty(), "USD");
            BigDecimal principalSum = s.rows().stream().map(ScheduleRow::principal).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal paidSum = s.rows().stream().map(ScheduleRow::payment).reduce(BigDecimal.ZERO, BigDecimal::add);
            String input = principal + " at " + annual + " % for " + term + " months, extra " + extra;
            assertThat(principalSum).as(input).isEqualByComparingTo(principal);
            assertThat(s.rows().get(s.rows().size() - 1).balance()).as(input).isEqualByComparingTo("0");
            assertThat(paidSum).as(input).isEqualByComparingTo(s.totalPaid());
            assertThat(s.totalPaid().subtract(s.totalInterest())).as(input).isEqualByComparingTo(principal);
            assertThat(s.rows()).as(input).allSatisfy(r -> assertThat(r.principal().signum()).isGreaterThanOrEqualTo(0));
            assertThat(s.numberOfPayments()).as(input).isLessThanOrEqualTo(term);
        }
    }

    @Test
    void npvAtTheIrrIsZero() {
        Random random = new Random(7);
        for (int i = 0; i < CASES; i++) {
            List<BigDecimal> flows = new ArrayList<>();
            flows.add(money(random, 100_000).negate());
            int n = 1 + random.nextInt(30);
            for (int t = 0; t < n; t++) {
                flows.add(money(random, 30_000));
            }
            IrrResult irr = CashFlows.irr(flows, CashFlows.DEFAULT_GUESS);
            assertThat(irr.converged()).as("%s", flows).isTrue();
            BigDecimal rate = irr.ratePercent().orElseThrow().divide(BigDecimal.valueOf(100), MC);
            BigDecimal npv = CashFlows.npv(rate, flows, NpvConvention.FIRST_FLOW_AT_T0);
            // the rate is reported to 1e-12 (10 decimals of a percent), so the NPV is zero to that precision
            BigDecimal scale = flows.stream().map(BigDecimal::abs).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(npv.abs()).as("%s", flows).isLessThan(scale.multiply(new BigDecimal("1e-9")));
        }
    }

    @Test
    void xnpvAtTheXirrIsZero() {
        Random random = new Random(11);
        for (int i = 0; i < 60; i++) {
            LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1000));
            List<CashFlow> flows = new ArrayList<>();
            BigDecimal invested = money(random, 50_000);
            flows.add(new CashFlow(date, invested.negate()));
            // each inflow returns 5 %..60 % of the investment, so the IRR lies well inside (-99 %, 10000 %)
            for (int t = 0; t < 1 + random.nextInt(8); t++) {
                date = date.plusDays(1 + random.nextInt(400));
                BigDecimal share = BigDecimal.valueOf(5 + random.nextInt(56)).movePointLeft(2);
                flows.add(new CashFlow(date, invested.multiply(share).setScale(2, java.math.RoundingMode.HALF_UP)));
            }
            IrrResult xirr = CashFlows.xirr(flows, CashFlows.DEFAULT_GUESS);
            assertThat(xirr.converged()).as("%s", flows).isTrue();
            BigDecimal rate = xirr.ratePercent().orElseThrow().divide(BigDecimal.valueOf(100), MC);
            assertThat(CashFlows.xnpv(rate, flows).abs()).as("%s", flows).isLessThan(new BigDecimal("1e-3"));
        }
    }

    @Test
    void futureAndPresentValueRoundTrip() {
        Random random = new Random(3);
        for (int i = 0; i < CASES; i++) {
            BigDecimal r = rate(random, 3000).divide(BigDecimal.valueOf(1200), MC);
            BigDecimal n = BigDecimal.valueOf(1 + random.nextInt(600));
            BigDecimal pmt = random.nextBoolean() ? BigDecimal.ZERO : money(random, 5000).negate();
            BigDecimal pv = money(random, 500_000).negate();
            PaymentTiming timing = random.nextBoolean() ? PaymentTiming.END : PaymentTiming.BEGIN;
            BigDecimal fv = TimeValue.futureValue(r, n, pmt, pv, timing);
            BigDecimal back = TimeValue.presentValue(r, n, pmt, fv, timing);
            assertThat(back).isCloseTo(pv, within(new BigDecimal("1e-20")));
            BigDecimal payment = TimeValue.payment(r, n, pv, fv, timing);
            assertThat(payment).isCloseTo(pmt, within(new BigDecimal("1e-20")));
        }
    }
}
