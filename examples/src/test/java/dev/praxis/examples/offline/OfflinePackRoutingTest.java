package dev.praxis.examples.offline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.ToolCallRecord;
import dev.praxis.ecommerce.EcommercePack;
import dev.praxis.finance.FinancePack;
import dev.praxis.model.offline.OfflineChatModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline routing through the real packs and their example requests (the rules that need the packs' examples and
 * tools, not only the core's). The requests are written for this test, not taken from the evaluation sets.
 */
class OfflinePackRoutingTest {

    /** A fixed day, so that days written without a year have a known year. */
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final OfflineChatModel OFFLINE = new OfflineChatModel(new AllMiniLmL6V2QuantizedEmbeddingModel(),
            DAY);

    private Agent agent;

    @AfterEach
    void close() {
        if (agent != null) {
            agent.close();
        }
    }

    private Agent shop() {
        agent = Agent.builder().name("shop").model(OFFLINE).tools(EcommercePack.builder().build().tools()).build();
        return agent;
    }

    private static ToolCallRecord onlyCall(RunRecord run) {
        assertThat(run.toolCalls()).as("tool calls of: " + run.answer()).hasSize(1);
        return run.toolCalls().get(0);
    }

    @Test
    void aGeneralReturnQuestionReadsThePoliciesWhileMyOrderNeedsItsId() {
        Agent shop = shop();

        ToolCallRecord policy = onlyCall(shop.run("p1", "Can sale items be returned at all?"));
        RunRecord mine = shop.run("p2", "can I return my order?");

        assertThat(policy.name()).isEqualTo("search_policies");
        assertThat(mine.toolCalls()).isEmpty();
        assertThat(mine.answer()).contains("order_id");
    }

    @Test
    void aStockQuestionWithAProductIdChecksThatIdAsTheSku() {
        ToolCallRecord check = onlyCall(shop().run("p3", "公司要订二十个，P0044还有货吗？"));

        assertThat(check.name()).isEqualTo("check_availability");
        assertThat(check.arguments().path("sku").asText()).isEqualTo("P0044");
        assertThat(check.arguments().path("quantity").asInt()).isEqualTo(20);
        assertThat(check.result().path("available").asBoolean()).isFalse();
    }

    @Test
    void aDeclinedOrderWithNothingElseAskedRunsNothing() {
        RunRecord run = shop().run("p4", "I mog de Bestellung no ned abschicken, des überleg i mir no.");

        assertThat(run.toolCalls()).isEmpty();
        assertThat(run.pendingApproval()).isEmpty();
    }

    @Test
    void aCancellationImaginedInAQuestionIsHeldBackInsteadOfLookingUpTheOrder() {
        Agent shop = shop();

        RunRecord french = shop.run("p5", "Si j'annulais la commande O-1004, est-ce que je serais remboursé en entier ?");
        RunRecord chinese = shop.run("p6", "要是我取消订单O-1002，运费能退回来吗？");

        assertThat(french.toolCalls()).isEmpty();
        assertThat(french.answer()).contains("cancel_order");
        assertThat(chinese.toolCalls()).isEmpty();
        assertThat(chinese.answer()).contains("cancel_order");
    }

    @Test
    void statementLinesWithoutAYearAreReadAsTheirLatestDay() {
        agent = Agent.builder().name("finance").model(OFFLINE).tools(FinancePack.tools()).build();

        ToolCallRecord recurring = onlyCall(agent.run("f1",
                "any subscriptions in here? 10/03 Hulu 7.99, 11/03 Hulu 7.99, 12/14 Delta 412.00"));

        assertThat(recurring.name()).isEqualTo("detect_recurring_charges");
        JsonNode lines = recurring.arguments().path("transactions");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).path("date").asText()).isEqualTo("2026-10-03");
        assertThat(lines.get(1).path("date").asText()).isEqualTo("2026-11-03");
        // the 14th of December is still ahead on the 1st: last year's
        assertThat(lines.get(2).path("date").asText()).isEqualTo("2025-12-14");
    }
}
