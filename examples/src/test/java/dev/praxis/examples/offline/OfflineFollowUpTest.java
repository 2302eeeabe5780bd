package dev.praxis.examples.offline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.ToolCallRecord;
import dev.praxis.ecommerce.EcommercePack;
import dev.praxis.finance.FinancePack;
import dev.praxis.memory.MessageWindowMemory;
import dev.praxis.model.offline.OfflineChatModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follow-ups inside one session (issue 15), through a real {@link Agent} with a {@link MessageWindowMemory}: the
 * offline model sees the earlier turns' tool calls and JSON results in its request and resolves "the first one",
 * "the cheaper one" and "and over 20 years?" against them.
 */
class OfflineFollowUpTest {

    private static final OfflineChatModel OFFLINE = new OfflineChatModel(new AllMiniLmL6V2QuantizedEmbeddingModel());

    private Agent agent;

    @AfterEach
    void close() {
        if (agent != null) {
            agent.close();
        }
    }

    private Agent shop() {
        agent = Agent.builder().name("shop").model(OFFLINE).tools(EcommercePack.builder().build().tools())
                .memory(new MessageWindowMemory(50)).build();
        return agent;
    }

    private static ToolCallRecord onlyCall(RunRecord run) {
        assertThat(run.toolCalls()).as("tool calls of: " + run.answer()).hasSize(1);
        return run.toolCalls().get(0);
    }

    @Test
    void theFirstOneNamesTheFirstProductOfTheLastSearch() {
        Agent shop = shop();
        ToolCallRecord search = onlyCall(shop.run("s1", "looking for trail running shoes"));
        assertThat(search.name()).isEqualTo("search_products");
        String first = search.result().findValue("product_id").asText();

        ToolCallRecord details = onlyCall(shop.run("s1", "tell me more about the first one"));

        assertThat(details.name()).isEqualTo("get_product");
        assertThat(details.arguments().path("product_id").asText()).isEqualTo(first);
    }

    @Test
    void theCheaperOneNamesTheLowestPricedProductOfTheLastSearch() {
        Agent shop = shop();
        ToolCallRecord search = onlyCall(shop.run("s2", "looking for running shoes"));
        String cheapest = cheapest(search.result());

        ToolCallRecord details = onlyCall(shop.run("s2", "zeig mir bitte Details zu dem günstigsten"));

        assertThat(details.name()).isEqualTo("get_product");
        assertThat(details.arguments().path("product_id").asText()).isEqualTo(cheapest);
    }

    @Test
    void theSecondVariantOfAProductIsAddedToTheCartTheSessionUsed() {
        Agent shop = shop();
        ToolCallRecord product = onlyCall(shop.run("s3", "show me the details of product P0001"));
        assertThat(product.name()).isEqualTo("get_product");

        RunRecord add = shop.run("s3", "please add the second one to cart C1");

        JsonNode arguments = add.toolCalls().isEmpty()
                ? add.pendingApproval().orElseThrow().request().arguments() : add.toolCalls().get(0).arguments();
        assertThat(arguments.path("sku").asText()).startsWith("P0001-");
        assertThat(arguments.path("cart_id").asText()).isEqualTo("C1");
        assertThat(arguments.path("quantity").asInt()).isEqualTo(1);
    }

    private static String cheapest(JsonNode result) {
        JsonNode best = null;
        for (JsonNode p : result.findParents("product_id")) {
            if (best == null || priceFrom(p).compareTo(priceFrom(best)) < 0) {
                best = p;
            }
        }
        assertThat(best).as("products in " + result).isNotNull();
        return best.path("product_id").asText();
    }

    /** Money is written as {"amount": "79.00", "currency": "USD"}. */
    private static java.math.BigDecimal priceFrom(JsonNode product) {
        return new java.math.BigDecimal(product.path("price_from").path("amount").asText());
    }

    @Test
    void andOverTwentyYearsRepeatsTheLastCalculationWithTheNewTerm() {
        agent = Agent.builder().name("finance").model(OFFLINE).tools(FinancePack.tools())
                .memory(new MessageWindowMemory(50)).build();
        ToolCallRecord first = onlyCall(agent.run("f1", "monthly payment on a 250000 loan at 6% over 30 years"));
        assertThat(first.name()).isEqualTo("loan_payment");

        ToolCallRecord again = onlyCall(agent.run("f1", "and over 20 years?"));

        assertThat(again.name()).isEqualTo("loan_payment");
        assertThat(again.arguments().path("term_months").asInt()).isEqualTo(240);
        assertThat(again.arguments().path("principal").decimalValue()).isEqualByComparingTo("250000");
        assertThat(again.arguments().path("annual_rate").decimalValue()).isEqualByComparingTo("6");
    }

    @Test
    void aNewRequestInTheSameSessionIsNotTakenForAFollowUp() {
        Agent shop = shop();
        onlyCall(shop.run("s4", "looking for trail running shoes"));

        ToolCallRecord orders = onlyCall(shop.run("s4", "list my orders"));

        assertThat(orders.name()).isEqualTo("list_orders");
    }
}
