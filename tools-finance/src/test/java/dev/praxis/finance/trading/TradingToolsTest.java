package dev.praxis.finance.trading;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.finance.FinancePack;
import dev.praxis.finance.ToolCalls;
import dev.praxis.finance.market.SampleMarketData;
import dev.praxis.finance.money.Money;
import dev.praxis.approval.ApprovalSummary;
import dev.praxis.approval.ActionTokens;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.json.PraxisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.praxis.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class TradingToolsTest {

    private final MutableClock clock = new MutableClock(ToolCalls.NOW);
    private final PaperAccount account = new PaperAccount("paper", new Money(new BigDecimal("10000.00"), "USD"));
    private final MovablePrices market = new MovablePrices();
    private final List<Tool> tools = FinancePack.builder().clock(clock).paperAccount(account).marketData(market)
            .approvals(ToolCalls.approvals(clock)).approvalTtl(Duration.ofMinutes(5)).build().toolList();
    private final ToolCalls calls = new ToolCalls(ToolBox.of(tools));
    private final BigDecimal aapl = new SampleMarketData().quote("AAPL").price();

    private static final String ORDER = "\"symbol\": \"AAPL\", \"side\": \"BUY\", \"quantity\": 10";

    private String token(String order) {
        return calls.ok("preview_trade", "{" + order + "}").get("approval_token").asText();
    }

    private String execute(String order, String token, String key) {
        return "{" + order + ", \"approval_token\": \"" + token + "\", \"idempotency_key\": \"" + key + "\"}";
    }

    @Test
    void previewIsReadOnlyAndPricesTheExactOrder() {
        JsonNode preview = calls.ok("preview_trade", "{" + ORDER + "}");
        BigDecimal cost = aapl.multiply(BigDecimal.TEN);
        assertThat(new BigDecimal(preview.at("/estimated_cost/amount").textValue())).isEqualByComparingTo(cost);
        assertThat(new BigDecimal(preview.at("/cash_after/amount").textValue())).isEqualByComparingTo(new BigDecimal("10000").subtract(cost));
        assertThat(preview.get("expires_at").asText()).isEqualTo("2026-01-02T10:05:00Z");
        assertThat(preview.get("warnings").toString()).contains("paper trading");
        assertThat(account.summary().positions()).isEmpty();
        assertThat(account.summary().cash().amount()).isEqualByComparingTo("10000.00");
    }

    @Test
    void executesWithTheTokenAndNeverTradesTwiceForTheSameKey() {
        String token = token(ORDER);
        JsonNode first = calls.ok("execute_trade", execute(ORDER, token, "k-1"));
        assertThat(first.get("status").asText()).isEqualTo("FILLED");
        assertThat(first.get("replayed").asBoolean()).isFalse();
        JsonNode again = calls.ok("execute_trade", execute(ORDER, token, "k-1"));
        assertThat(again.get("replayed").asBoolean()).isTrue();
        assertThat(again.get("execution_id").asText()).isEqualTo(first.get("execution_id").asText());
        assertThat(account.summary().positions()).containsEntry("AAPL", BigDecimal.TEN);
        assertThat(account.summary().trades()).isEqualTo(1);
        assertThat(account.summary().cash().amount())
                .isEqualByComparingTo(new BigDecimal("10000").subtract(aapl.multiply(BigDecimal.TEN)));
    }

    @Test
    void rejectsATokenIssuedForADifferentOrder() {
        String token = token(ORDER);
        String bigger = "\"symbol\": \"AAPL\", \"side\": \"BUY\", \"quantity\": 11";
        assertThat(calls.error("execute_trade", execute(bigger, token, "k-2"))).contains("approval_token")
                .contains("different order");
        assertThat(account.summary().trades()).isZero();
    }

    @Test
    void rejectsAnExpiredTokenFromItsExpiryInstantOn() {
        String token = token(ORDER);
        clock.advance(Duration.ofMinutes(5));
        assertThat(calls.error("execute_trade", execute(ORDER, token, "k-3"))).contains("approval_token expired");
        assertThat(account.summary().trades()).isZero();
    }

    @Test
    void rejectsForgedTokensAndReusedTokensWithANewKey() {
        assertThat(calls.error("execute_trade", execute(ORDER, "v1.9999999999.0011223344556677.forged", "k-4")))
                .contains("approval_token");
        String token = token(ORDER);
        calls.ok("execute_trade", execute(ORDER, token, "k-5"));
        assertThat(calls.error("execute_trade", execute(ORDER, token, "k-6"))).contains("already used");
        assertThat(account.summary().trades()).isEqualTo(1);
    }

    @Test
    void aRepeatedKeyWithADifferentOrderIsAConflict() {
        calls.ok("execute_trade", execute(ORDER, token(ORDER), "k-7"));
        String other = "\"symbol\": \"MSFT\", \"side\": \"BUY\", \"quantity\": 1";
        assertThat(calls.error("execute_trade", execute(other, token(other), "k-7")))
                .contains("idempotency_key").contains("different order");
        assertThat(account.summary().trades()).isEqualTo(1);
    }

    @Test
    void rejectsOrdersTheAccountCannotCover() {
        assertThat(calls.error("preview_trade", "{\"symbol\": \"AAPL\", \"side\": \"BUY\", \"quantity\": 1000}"))
                .contains("insufficient cash");
        assertThat(calls.error("preview_trade", "{\"symbol\": \"AAPL\", \"side\": \"SELL\", \"quantity\": 1}"))
                .contains("quantity").contains("holds 0");
        assertThat(calls.error("preview_trade", "{\"symbol\": \"SAP.DE\", \"side\": \"BUY\", \"quantity\": 1}"))
                .contains("EUR");
        assertThat(calls.error("preview_trade", "{\"symbol\": \"AAPL\", \"side\": \"BUY\", \"quantity\": 1.5}"))
                .contains("quantity");
        assertThat(calls.error("preview_trade", "{\"symbol\": \"AAPL\", \"side\": \"BUY\", \"quantity\": 1, "
                + "\"order_type\": \"LIMIT\"}")).contains("limit_price");
        assertThat(calls.error("preview_trade", "{\"symbol\": \"AAPL\", \"side\": \"BUY\", \"quantity\": 1, "
                + "\"order_type\": \"LIMIT\", \"limit_price\": 1}")).contains("not marketable");
        assertThat(calls.error("preview_trade", "{\"symbol\": \"AAPL\", \"side\": \"BUY\", \"quantity\": 1, "
                + "\"account\": \"margin\"}")).contains("account");
        assertThat(calls.error("execute_trade", "{" + ORDER + ", \"approval_token\": \"x\", \"idempotency_key\": \" \"}"))
                .contains("idempotency_key");
    }

    @Test
    void concurrentRetriesOfOneKeyFillOnce() throws Exception {
        String token = token(ORDER);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<JsonNode>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tasks.add(() -> calls.ok("execute_trade", execute(ORDER, token, "same-key")));
            }
            List<String> ids = new ArrayList<>();
            for (Future<JsonNode> f : pool.invokeAll(tasks)) {
                ids.add(f.get().get("execution_id").asText());
            }
            assertThat(ids).containsOnly("PX-000001");
        } finally {
            pool.shutdownNow();
        }
        assertThat(account.summary().trades()).isEqualTo(1);
        assertThat(account.summary().positions()).containsEntry("AAPL", BigDecimal.TEN);
    }

    @Test
    void summaryShowsCashAndPositions() {
        calls.ok("execute_trade", execute(ORDER, token(ORDER), "k-8"));
        JsonNode summary = calls.ok("paper_account_summary", "{}");
        assertThat(summary.at("/positions/AAPL").asInt()).isEqualTo(10);
        assertThat(summary.get("note").asText()).contains("simulated");
    }

    @Test
    void aTokenApprovedAtOnePriceDoesNotFillATripledPrice() {
        String token = token(ORDER);
        market.multiplyBy("3");

        assertThat(calls.error("execute_trade", execute(ORDER, token, "k-9"))).contains("price moved")
                .contains("above the maximum").contains("preview_trade again");
        assertThat(account.summary().trades()).isZero();

        market.multiplyBy("1");
        assertThat(calls.ok("execute_trade", execute(ORDER, token, "k-9")).get("status").asText()).isEqualTo("FILLED");
    }

    @Test
    void aMarketOrderFillsWithinTheSlippageBoundAndTheBoundIsInThePreview() {
        JsonNode preview = calls.ok("preview_trade", "{" + ORDER + "}");
        BigDecimal bound = new BigDecimal(preview.at("/price_bound/amount").textValue());
        assertThat(bound).isEqualByComparingTo(aapl.multiply(new BigDecimal("1.01")).setScale(aapl.scale(),
                java.math.RoundingMode.FLOOR));
        market.multiplyBy("1.005");

        JsonNode fill = calls.ok("execute_trade", execute(ORDER, preview.get("approval_token").asText(), "k-10"));

        assertThat(new BigDecimal(fill.at("/fill_price/amount").textValue())).isGreaterThan(aapl).isLessThanOrEqualTo(bound);
    }

    @Test
    void aSellIsBoundedFromBelowAndALimitOrderByItsLimit() {
        calls.ok("execute_trade", execute(ORDER, token(ORDER), "k-11"));
        String sell = "\"symbol\": \"AAPL\", \"side\": \"SELL\", \"quantity\": 5";
        String sellToken = token(sell);
        String limit = "\"symbol\": \"AAPL\", \"side\": \"BUY\", \"quantity\": 1, \"order_type\": \"LIMIT\", "
                + "\"limit_price\": " + aapl.add(BigDecimal.ONE).toPlainString();
        String limitToken = token(limit);
        market.multiplyBy("0.5");

        assertThat(calls.error("execute_trade", execute(sell, sellToken, "k-12"))).contains("below the minimum");
        market.multiplyBy("1.1");
        assertThat(calls.error("execute_trade", execute(limit, limitToken, "k-13"))).contains("limit_price")
                .contains("not marketable");
        assertThat(account.summary().trades()).isEqualTo(1);
    }

    @Test
    void theApproverSeesSideQuantitySymbolPriceBoundEstimateAndExpiry() throws Exception {
        String token = token(ORDER);
        Tool execute = tools.stream().filter(t -> t.name().equals("execute_trade")).findFirst().orElseThrow();

        ApprovalSummary summary = execute.approvalSummary(PraxisJson.parse(execute(ORDER, token, "k-14")),
                ToolContext.standalone()).orElseThrow();

        BigDecimal estimate = aapl.multiply(BigDecimal.TEN).setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(summary.title()).isEqualTo("Buy 10 AAPL on account 'paper': about " + estimate.toPlainString() + " USD");
        assertThat(summary.text()).contains("market order: buy 10 AAPL shares")
                .contains("Price bound: fills only at or below ").contains("1 % slippage")
                .contains("Cannot be undone").contains("no real order is sent");
        assertThat(summary.expiresAt()).contains(ToolCalls.NOW.plus(Duration.ofMinutes(5)));
        assertThat(execute.preparedBy()).contains("preview_trade");
    }

    @Test
    void theApproverIsToldWhenTheTokenIsForAnotherOrder() {
        String token = token(ORDER);
        Tool execute = tools.stream().filter(t -> t.name().equals("execute_trade")).findFirst().orElseThrow();
        String bigger = "\"symbol\": \"AAPL\", \"side\": \"BUY\", \"quantity\": 100";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute.approvalSummary(
                PraxisJson.parse(execute(bigger, token, "k-15")), ToolContext.standalone()))
                .hasMessageContaining("different order");
    }

    @Test
    void aTokenFromOnePackIsAcceptedOnceByAnotherOverTheSameDataDirectory(@TempDir Path dataDir) {
        ToolCalls first = pack(dataDir);
        ToolCalls second = pack(dataDir);
        ToolCalls third = pack(dataDir);
        String token = first.ok("preview_trade", "{" + ORDER + "}").get("approval_token").asText();

        assertThat(second.ok("execute_trade", execute(ORDER, token, "k-16")).get("status").asText()).isEqualTo("FILLED");

        assertThat(third.error("execute_trade", execute(ORDER, token, "k-17"))).contains("already used");
    }

    private ToolCalls pack(Path dataDir) {
        return new ToolCalls(ToolBox.of(FinancePack.builder().clock(clock).paperAccount(PaperAccount.standard())
                .approvals(ActionTokens.inDirectory(dataDir, clock)).build().toolList()));
    }
}
