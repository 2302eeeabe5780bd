package dev.praxis.finance.personal;

import java.math.BigDecimal;
import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.finance.ToolCalls;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalFinanceToolsTest {

    private final ToolCalls calls = ToolCalls.defaults();

    private static String tx(String date, String description, String amount) {
        return "{\"date\": \"" + date + "\", \"description\": \"" + description + "\", \"amount\": " + amount + "}";
    }

    private static String tx(String date, String description, String amount, String currency) {
        return "{\"date\": \"" + date + "\", \"description\": \"" + description + "\", \"amount\": " + amount
                + ", \"currency\": \"" + currency + "\"}";
    }

    private static String args(List<String> transactions) {
        return "{\"transactions\": [" + String.join(", ", transactions) + "]}";
    }

    private static List<String> statement() {
        List<String> t = new ArrayList<>();
        t.add(tx("2024-01-01", "ACME CORP PAYROLL", "3200.00"));
        for (int month = 1; month <= 4; month++) {
            String day = "2024-0" + month + "-05";
            t.add(tx(day, "NETFLIX.COM 866-579", "-15.49"));
            t.add(tx("2024-0" + month + "-03", "CITY RENT PMT", "-1450.00"));
            t.add(tx("2024-0" + month + "-1" + month, "WHOLE FOODS #10" + month, "-8" + month + ".20"));
        }
        t.add(tx("2024-02-14", "UBER EATS 8XY", "-32.10"));
        t.add(tx("2024-02-15", "UBER *TRIP 5AB", "-18.40"));
        t.add(tx("2024-03-20", "WHOLE FOODS #777", "-640.00"));
        t.add(tx("2024-03-21", "BEST BUY 00123", "-199.99"));
        t.add(tx("2024-03-22", "BEST BUY 00123", "-199.99"));
        t.add(tx("2024-04-02", "CAFE DE FLORE PARIS", "-12.50", "EUR"));
        t.add(tx("2024-04-09", "PIXEL PAINTS STUDIO", "-45.00"));
        return t;
    }

    @Test
    void categorizesWithTheRuleThatMatched() {
        JsonNode result = calls.ok("categorize_transactions", args(statement()));
        JsonNode first = result.at("/transactions/0");
        assertThat(first.get("category").asText()).isEqualTo("INCOME");
        assertThat(first.get("rule").asText()).contains("PAYROLL");
        List<String> byDescription = new ArrayList<>();
        result.get("transactions").forEach(t -> byDescription.add(t.get("description").asText() + "=" + t.get("category").asText()));
        assertThat(byDescription).contains("NETFLIX.COM 866-579=SUBSCRIPTIONS", "UBER EATS 8XY=FOOD_AND_DRINK",
                "UBER *TRIP 5AB=TRANSPORTATION", "CITY RENT PMT=RENT_AND_UTILITIES", "WHOLE FOODS #101=GROCERIES",
                "PIXEL PAINTS STUDIO=UNCATEGORIZED");
        assertThat(result.get("uncategorized").asInt()).isEqualTo(1);
    }

    @Test
    void callerRulesComeFirst() {
        JsonNode result = calls.ok("categorize_transactions", "{\"transactions\": [" + tx("2024-01-01", "PIXEL PAINTS STUDIO", "-45")
                + "], \"rules\": [{\"keyword\": \"pixel paints\", \"category\": \"hobbies\"}]}");
        assertThat(result.at("/transactions/0/category").asText()).isEqualTo("HOBBIES");
        assertThat(result.at("/transactions/0/rule").asText()).contains("your rule");
    }

    @Test
    void summarizesByCategoryAndMonthWithoutMixingCurrencies() {
        JsonNode byCategory = calls.ok("spending_summary", args(statement()));
        JsonNode top = byCategory.at("/groups/0");
        assertThat(top.get("key").asText()).isEqualTo("RENT_AND_UTILITIES");
        assertThat(new BigDecimal(top.at("/spent/amount").textValue())).isEqualByComparingTo("5800.00");
        assertThat(byCategory.get("totals")).hasSize(2); // USD and EUR kept apart
        JsonNode byMonth = calls.ok("spending_summary", "{\"transactions\": [" + String.join(", ", statement())
                + "], \"group_by\": \"MONTH\"}");
        assertThat(byMonth.get("groups").toString()).contains("2024-01").contains("2024-04");
    }

    @Test
    void detectsMonthlySubscriptionsWithNextDateAndReason() {
        JsonNode recurring = calls.ok("detect_recurring_charges", args(statement()));
        List<String> merchants = new ArrayList<>();
        recurring.forEach(r -> merchants.add(r.get("merchant").asText()));
        assertThat(merchants).contains("NETFLIX COM", "CITY RENT PMT").doesNotContain("BEST BUY");
        JsonNode netflix = null;
        for (JsonNode r : recurring) {
            if (r.get("merchant").asText().equals("NETFLIX COM")) {
                netflix = r;
            }
        }
        assertThat(netflix).isNotNull();
        assertThat(netflix.get("cadence").asText()).isEqualTo("MONTHLY");
        assertThat(new BigDecimal(netflix.at("/typical_amount/amount").textValue())).isEqualByComparingTo("15.49");
        assertThat(new BigDecimal(netflix.at("/annual_cost/amount").textValue())).isEqualByComparingTo("185.88");
        assertThat(netflix.get("next_expected_date").asText()).isEqualTo("2024-05-05");
        assertThat(netflix.get("reason").asText()).contains("monthly window");
    }

    @Test
    void flagsDuplicatesUnusualAmountsAndForeignCurrencyWithEvidence() {
        JsonNode report = calls.ok("detect_anomalies", args(statement()));
        List<String> flags = new ArrayList<>();
        report.get("anomalies").forEach(a -> flags.add(a.get("rule").asText() + ":" + a.get("description").asText()));
        assertThat(flags).contains("DUPLICATE_CHARGE:BEST BUY 00123", "UNUSUAL_AMOUNT_FOR_MERCHANT:WHOLE FOODS #777",
                "FOREIGN_CURRENCY:CAFE DE FLORE PARIS");
        assertThat(flags).noneMatch(f -> f.contains("NETFLIX"));
        assertThat(report.get("anomalies").toString()).contains("day(s) earlier").contains("x the median");
        assertThat(report.get("rules")).hasSize(4);
    }

    @Test
    void badTransactionsAreRejectedWithTheirPosition() {
        assertThat(calls.error("categorize_transactions", args(List.of(tx("2024-01-01", "A", "-1"),
                tx("2024-13-01", "B", "-2"))))).contains("transactions[1].date");
        assertThat(calls.error("spending_summary", args(List.of(tx("2024-01-01", "A", "-1", "EURO")))))
                .contains("transactions[0].currency");
        assertThat(calls.error("detect_anomalies", "{\"transactions\": [{\"date\": \"2024-01-01\", \"amount\": -3}]}"))
                .contains("transactions[0].description");
    }
}
