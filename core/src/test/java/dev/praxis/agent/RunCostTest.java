package dev.praxis.agent;

import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Models;
import dev.praxis.model.PriceTable;
import dev.praxis.testing.OpenAiResponses;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunCostTest {

    @Test
    void sumsTheCostsThePricedBackendTracedIntoTheRunRecord() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            for (int i = 0; i < 2; i++) {
                server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                        .body(OpenAiResponses.answer("hello")).build());
            }
            PriceTable prices = PriceTable.empty().with("openai/qwen2.5:7b",
                    new PriceTable.Price(new BigDecimal("0.50"), new BigDecimal("1.50"), Currency.getInstance("USD")));
            var model = Models.create(ModelSpec.parse("openai/qwen2.5:7b"), ModelOptions.builder().env(Map.of())
                    .baseUrl(server.url("/v1").toString()).prices(prices).build());
            Agent agent = Agent.builder().name("priced").model(model).build();

            agent.run("s1", "hi");
            RunRecord second = agent.run("s1", "again");

            // 120 input tokens at 0.50 USD and 20 output tokens at 1.50 USD per million: 0.00009 USD per call.
            assertThat(second.cost().amount()).isEqualByComparingTo("0.00009");
            assertThat(second.cost().currency()).isEqualTo(Currency.getInstance("USD"));
        }
    }

    @Test
    void leavesCostEmptyWhenNothingIsPriced() {
        RunRecord record = Agent.builder().name("free").model(dev.praxis.testing.ScriptedChatModel.of(
                dev.praxis.testing.ScriptedChatModel.answer("ok"))).build().run("s1", "hi");

        assertThat(record.cost()).isNull();
        assertThat(record.toJson()).doesNotContain("\"cost\"");
    }
}
