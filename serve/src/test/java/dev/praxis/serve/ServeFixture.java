package dev.praxis.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.praxis.agent.Agent;
import dev.praxis.approval.ActionTokens;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.ecommerce.EcommercePack;
import dev.praxis.finance.FinancePack;
import dev.praxis.json.PraxisJson;
import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Models;
import dev.praxis.testing.ScriptedChatModel;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A running server for the tests, with three agents and two users (alice, bob):
 * <ul>
 *   <li>{@code finance}: the finance pack on the offline model (the README's loan question answers 1,896.20);</li>
 *   <li>{@code shop}: the real commerce pack with deferred approvals, driven by a scripted model that does what a
 *       real model would for "check out": create a cart, add a product, prepare the checkout, place the order with
 *       the token the preview returned (the offline model cannot copy a token; see docs/ecommerce-transcript.md);</li>
 *   <li>{@code echo}: a scripted model that answers with the user's last message, whose requests the tests read to
 *       see what history the agent got;</li>
 *   <li>{@code loans}: a scripted model that calls {@code loan_payment} once, then answers with its result.</li>
 * </ul>
 */
final class ServeFixture implements AutoCloseable {

    static final String ALICE_KEY = "k-alice-0123456789abcdef";
    static final String BOB_KEY = "k-bob-0123456789abcdef";
    static final String ADDRESS = "{\"name\":\"Ada Shopper\",\"line1\":\"1 Main St\",\"city\":\"San Francisco\","
            + "\"region\":\"CA\",\"postal_code\":\"94105\",\"country\":\"US\"}";

    final ScriptedChatModel echoModel = ScriptedChatModel.answering(request ->
            ScriptedChatModel.answer("echo: " + lastUser(request.messages())));
    final ToolActivity tools = new ToolActivity();
    private final List<Agent> agents;
    final PraxisServer server;

    ServeFixture(ServeOptions options) {
        ChatModel offline = Models.create(ModelSpec.offline(), ModelOptions.defaults(),
                new AllMiniLmL6V2QuantizedEmbeddingModel());
        Agent finance = Agent.builder().name("finance").instructions("You help with loans.").model(offline)
                .tools(FinancePack.tools()).listener(tools).build();
        Agent loans = Agent.builder().name("loans").instructions("You compute loan payments.")
                .model(ScriptedChatModel.answering(ServeFixture::loanStep)).tools(FinancePack.tools())
                .listener(tools).build();
        ActionTokens tokens = ActionTokens.inDirectory(tempDirectory(), Clock.systemUTC());
        Agent shop = Agent.builder().name("shop").instructions("You run the shop.")
                .model(ScriptedChatModel.answering(ServeFixture::shopStep))
                .tools(EcommercePack.builder().approvals(tokens).build().tools())
                .approval(ApprovalHandler.deferIrreversible()).build();
        Agent echo = Agent.builder().name("echo").instructions("Echo.").model(echoModel).build();
        agents = List.of(finance, shop, echo, loans);
        server = PraxisServer.builder()
                .agent(new ServedAgent("finance", "Loans and budgets", finance))
                .agent(new ServedAgent("shop", "The shop", shop))
                .agent(new ServedAgent("echo", "Says it back", echo))
                .agent(new ServedAgent("loans", "Loan payments", loans))
                .toolActivity(tools)
                .keys(new ApiKeys(Map.of(ALICE_KEY, "alice", BOB_KEY, "bob")))
                .options(options)
                .start();
    }

    ServeFixture() {
        this(ServeOptions.loopback(0));
    }

    String baseUrl() {
        return server.uri() + "/v1";
    }

    /**
     * One step of the scripted shopper model, chosen by what happened last. First turn: create a cart, add a shoe,
     * prepare the checkout and show the preview. Second turn (the shopper agreed): place the order with the token of
     * the preview, which core's prepared-first guard allows only in a later turn than the preview.
     */
    static ChatResponse shopStep(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        ChatMessage last = messages.get(messages.size() - 1);
        if (!(last instanceof ToolExecutionResultMessage result)) {
            return preview(messages).map(json -> ScriptedChatModel.toolCall("place_order", "{\"approval_token\":\""
                    + json.path("approval_token").asText() + "\",\"idempotency_key\":\"order-"
                    + json.path("checkout_id").asText() + "\"}"))
                    .orElseGet(() -> ScriptedChatModel.toolCall("create_cart", "{}"));
        }
        JsonNode json = parse(result.text());
        return switch (result.toolName()) {
            case "create_cart" -> ScriptedChatModel.toolCall("add_to_cart", "{\"cart_id\":\""
                    + json.path("cart_id").asText() + "\",\"sku\":\"P0283-RED-40\",\"quantity\":1}");
            case "add_to_cart" -> ScriptedChatModel.toolCall("prepare_checkout", "{\"cart_id\":\""
                    + json.path("cart_id").asText() + "\",\"address\":" + ADDRESS + "}");
            case "prepare_checkout" -> ScriptedChatModel.answer("Your order comes to "
                    + json.at("/price/total/amount").asText() + " " + json.at("/price/total/currency").asText()
                    + ", shipped to 1 Main St. Shall I place it?");
            default -> ScriptedChatModel.answer(json.path("order").has("order_id")
                    ? "Order placed: " + json.path("order").path("order_id").asText()
                    : "The order was not placed: " + result.text());
        };
    }

    /** Calls loan_payment for a 200,000 loan, then answers with what the tool returned. */
    static ChatResponse loanStep(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        if (messages.get(messages.size() - 1) instanceof ToolExecutionResultMessage result) {
            return ScriptedChatModel.answer("The payment: " + result.text());
        }
        return ScriptedChatModel.toolCall("loan_payment", "{\"principal\":200000,\"annual_rate\":6.5,\"term_months\":360}");
    }

    private static java.util.Optional<JsonNode> preview(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof ToolExecutionResultMessage result && result.toolName().equals("prepare_checkout")) {
                return java.util.Optional.of(parse(result.text()));
            }
        }
        return java.util.Optional.empty();
    }

    private static JsonNode parse(String text) {
        try {
            return PraxisJson.parse(text);
        } catch (RuntimeException notJson) {
            return PraxisJson.objectNode();
        }
    }

    private static java.nio.file.Path tempDirectory() {
        try {
            return java.nio.file.Files.createTempDirectory("praxis-serve-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String lastUser(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage user) {
                return user.singleText();
            }
        }
        return "";
    }

    @Override
    public void close() {
        server.close();
        agents.forEach(Agent::close);
    }
}
