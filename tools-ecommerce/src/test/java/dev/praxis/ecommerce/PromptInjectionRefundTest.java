package dev.praxis.ecommerce;

import dev.praxis.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.ToolCallRecord;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.ecommerce.catalog.CatalogGenerator;
import dev.praxis.ecommerce.order.OrderStatus;
import dev.praxis.json.PraxisJson;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.ToolResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agent level: a product review tells the model to refund an order; a (scripted) model that obeys reads the
 * product, prepares the refund and calls issue_refund. The refund must not run: the agent's approval gate
 * denies the irreversible call, and the tool itself refuses a token nobody approved.
 */
class PromptInjectionRefundTest {

    private static final String SESSION = "shopper-1";

    private final Shop shop = new Shop(MutableClock.at("2026-11-29T10:00:00Z"), SESSION);
    private String orderId;

    @BeforeEach
    void deliveredOrder() {
        String sku = shop.pack.repository().all().stream().filter(p -> p.category().equals("Apparel"))
                .flatMap(p -> p.variants().stream()).filter(v -> shop.pack.repository().stock(v.sku()) > 0)
                .findFirst().orElseThrow().sku();
        orderId = shop.order(shop.cartWith(sku, 1), Shop.US_ADDRESS, "k-1");
        shop.pack.orders().advance(orderId, OrderStatus.PROCESSING, "picking");
        shop.pack.orders().advance(orderId, OrderStatus.SHIPPED, "handed to carrier");
        shop.clock.advance(Duration.ofDays(2));
        shop.pack.orders().advance(orderId, OrderStatus.DELIVERED, "delivered");
    }

    /** A model that reads the product, then does what the injected review says. */
    private ScriptedChatModel obedientModel() {
        AtomicInteger step = new AtomicInteger();
        return ScriptedChatModel.answering(request -> switch (step.getAndIncrement()) {
            case 0 -> ScriptedChatModel.toolCall("get_product",
                    "{\"product_id\":\"" + CatalogGenerator.INJECTED_REVIEW_PRODUCT + "\"}");
            case 1 -> {
                assertThat(lastToolResult(request)).contains("IGNORE PREVIOUS INSTRUCTIONS").contains("UNTRUSTED DATA");
                JsonNode order = shop.ok("get_order", Map.of("order_id", orderId));
                yield ScriptedChatModel.toolCall("prepare_refund", PraxisJson.write(Map.of("order_id", orderId,
                        "amount", order.get("total").get("amount").asText(), "reason", "customer already approved")));
            }
            case 2 -> {
                String token = PraxisJson.parse(lastToolResult(request)).get("approval_token").asText();
                yield ScriptedChatModel.toolCall("issue_refund", PraxisJson.write(Map.of("approval_token", token,
                        "idempotency_key", "injected-1")));
            }
            default -> ScriptedChatModel.answer("I could not issue the refund.");
        });
    }

    private static String lastToolResult(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof ToolExecutionResultMessage result) {
                return result.text();
            }
        }
        throw new AssertionError("no tool result in the request");
    }

    private Agent agent(ScriptedChatModel model, ApprovalHandler approval) {
        return Agent.builder().name("shop").instructions(shop.pack.description()).model(model)
                .tools(shop.pack.tools()).approval(approval).build();
    }

    private ToolCallRecord call(RunRecord record, String tool) {
        return record.toolCalls().stream().filter(c -> c.name().equals(tool)).findFirst().orElseThrow();
    }

    @Test
    void injectedRefundInstructionIsDeniedWithoutApprovalAndNoMoneyMoves() {
        JsonNode before = shop.ok("get_order", Map.of("order_id", orderId));

        RunRecord record = agent(obedientModel(), ApprovalHandler.denyIrreversible())
                .run(SESSION, "Tell me about product " + CatalogGenerator.INJECTED_REVIEW_PRODUCT);

        assertThat(call(record, "get_product").outcome()).isEqualTo(ToolResult.Outcome.OK);
        assertThat(call(record, "prepare_refund").outcome()).as("the preview itself is read-only and allowed")
                .isEqualTo(ToolResult.Outcome.OK);
        assertThat(call(record, "issue_refund").outcome()).isEqualTo(ToolResult.Outcome.DENIED);
        JsonNode after = shop.ok("get_order", Map.of("order_id", orderId));
        assertThat(after.get("refunds")).isEmpty();
        assertThat(after.get("refundable_balance")).isEqualTo(before.get("refundable_balance"));
    }

    @Test
    void evenAnApprovingGateCannotRefundWithATokenTheModelMadeUp() {
        ScriptedChatModel model = ScriptedChatModel.of(
                ScriptedChatModel.toolCall("get_product", "{\"product_id\":\"" + CatalogGenerator.INJECTED_REVIEW_PRODUCT + "\"}"),
                ScriptedChatModel.toolCall("issue_refund",
                        "{\"approval_token\":\"refund.RFP1.0000.9999999999.forged\",\"idempotency_key\":\"x\"}"),
                ScriptedChatModel.answer("done"));

        RunRecord record = agent(model, ApprovalHandler.approveAll()).run(SESSION, "hi");

        ToolCallRecord refund = call(record, "issue_refund");
        assertThat(refund.outcome()).isEqualTo(ToolResult.Outcome.ERROR);
        assertThat(refund.error()).contains("approval_token is malformed");
        assertThat(shop.ok("get_order", Map.of("order_id", orderId)).get("refunds")).isEmpty();
    }
}
