package dev.praxis.finance.loan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.finance.ToolCalls;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class LoanToolsTest {

    private final ToolCalls calls = ToolCalls.defaults();

    @Test
    void loanPaymentMatchesExcelPmtExampleToTheCent() {
        // Microsoft Support, PMT function, example 1: 8 % a year, 10 months, 10,000 -> payment 1,037.03
        JsonNode result = calls.ok("loan_payment", "{\"principal\": 10000, \"annual_rate\": 8, \"term_months\": 10}");
        assertThat(new BigDecimal(result.at("/monthly_payment/amount").textValue())).isEqualByComparingTo("1037.03");
        assertThat(result.at("/monthly_payment/currency").asText()).isEqualTo("USD");
        assertThat(new BigDecimal(result.at("/total_paid/amount").textValue()))
                .isEqualByComparingTo(new BigDecimal(result.at("/total_interest/amount").textValue()).add(new BigDecimal("10000")));
    }

    @Test
    void loanPaymentMatchesClarisFileMakerPmtExample() {
        // Claris FileMaker Pro help, PMT function: PMT(21000; .069/12; 48) = 501.90
        JsonNode result = calls.ok("loan_payment", "{\"principal\": 21000, \"annual_rate\": 6.9, \"term_months\": 48}");
        assertThat(new BigDecimal(result.at("/monthly_payment/amount").textValue())).isEqualByComparingTo("501.90");
    }

    @Test
    void scheduleFollowsNumpyFinancialIpmtTable() {
        // numpy-financial ipmt docstring table: 2,500 at 8.24 % for 12 months. Its interest column, to the cent:
        // 17.17 15.79 14.40 13.01 11.60 10.18 8.76 7.32 5.88 4.42 2.96 1.49; period 1 principal 200.58, balance
        // 2299.42; total interest 112.98.
        JsonNode result = calls.ok("amortization_schedule",
                "{\"principal\": 2500, \"annual_rate\": 8.24, \"term_months\": 12}");
        JsonNode rows = result.get("rows");
        assertThat(rows).hasSize(12);
        assertThat(rows.get(0).get("principal").decimalValue()).isEqualByComparingTo("200.58");
        assertThat(rows.get(0).get("balance").decimalValue()).isEqualByComparingTo("2299.42");
        String[] numpyInterest = {"17.17", "15.79", "14.40", "13.01", "11.60", "10.18", "8.76", "7.32", "5.88", "4.42", "2.96"};
        for (int i = 0; i < numpyInterest.length; i++) {
            assertThat(rows.get(i).get("interest").decimalValue()).as("period %d", i + 1).isEqualByComparingTo(numpyInterest[i]);
        }
        // numpy's table is unrounded (payment 217.7486...); a real schedule pays the rounded 217.75, so by period 12
        // two extra cents of principal are repaid: the last row pays 216.24 principal and 1.48 interest, and the
        // total interest is 112.97 against numpy's unrounded 112.983.
        assertThat(rows.get(0).get("payment").decimalValue()).isEqualByComparingTo("217.75");
        assertThat(rows.get(11).get("principal").decimalValue()).isEqualByComparingTo("216.24");
        assertThat(rows.get(11).get("balance").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(result.get("total_interest").decimalValue()).isEqualByComparingTo("112.97");
    }

    @Test
    void firstMonthInterestMatchesDaxIpmtExample() {
        // Microsoft DAX docs, IPMT example 1: IPMT(0.1/12, 1, 3*12, 8000) = -66.6666666666667 -> 66.67 to the cent
        JsonNode result = calls.ok("amortization_schedule", "{\"principal\": 8000, \"annual_rate\": 10, \"term_months\": 36}");
        assertThat(result.at("/rows/0/interest").decimalValue()).isEqualByComparingTo("66.67");
    }

    @Test
    void extraPaymentsShortenTheLoanAndDatesFollowTheFirstPayment() {
        JsonNode result = calls.ok("amortization_schedule", "{\"principal\": 200000, \"annual_rate\": 6.5, "
                + "\"term_months\": 360, \"extra_monthly_payment\": 500, \"first_payment_date\": \"2026-01-31\"}");
        assertThat(result.get("number_of_payments").asInt()).isLessThan(360);
        assertThat(result.at("/rows/0/date").asText()).isEqualTo("2026-01-31");
        assertThat(result.at("/rows/1/date").asText()).isEqualTo("2026-02-28");
        JsonNode last = result.get("rows").get(result.get("rows").size() - 1);
        assertThat(last.get("balance").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void rejectsNegativePrincipalNamingTheParameter() {
        assertThat(calls.error("loan_payment", "{\"principal\": -5, \"annual_rate\": 5, \"term_months\": 12}"))
                .contains("principal");
    }

    @Test
    void rejectsZeroOrNegativeTermNamingTheParameter() {
        assertThat(calls.error("loan_payment", "{\"principal\": 1000, \"annual_rate\": 5, \"term_months\": 0}"))
                .contains("term_months");
        assertThat(calls.error("amortization_schedule", "{\"principal\": 1000, \"annual_rate\": 5, \"term_months\": -3}"))
                .contains("term_months");
    }

    @Test
    void rejectsUnparseableDateAndUnknownCurrencyNamingTheParameter() {
        assertThat(calls.error("amortization_schedule", "{\"principal\": 1000, \"annual_rate\": 5, \"term_months\": 12, "
                + "\"first_payment_date\": \"31/01/2026\"}")).contains("first_payment_date").contains("YYYY-MM-DD");
        assertThat(calls.error("loan_payment", "{\"principal\": 1000, \"annual_rate\": 5, \"term_months\": 12, "
                + "\"currency\": \"XYZ\"}")).contains("currency").contains("XYZ");
    }

    @Test
    void zeroRateSplitsPrincipalEvenlyWithResidualInLastPayment() {
        JsonNode result = calls.ok("amortization_schedule", "{\"principal\": 100, \"annual_rate\": 0, \"term_months\": 3}");
        assertThat(result.at("/rows/0/payment").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(result.at("/rows/2/payment").decimalValue()).isEqualByComparingTo("33.34");
        assertThat(result.get("total_interest").decimalValue()).isEqualByComparingTo("0");
    }
}
