package dev.praxis.agent;

import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.approval.ApprovalRequest;
import dev.praxis.approval.ApprovalSummary;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.ToolResult;
import dev.praxis.tool.Tools;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.praxis.testing.ScriptedChatModel.answer;
import static dev.praxis.testing.ScriptedChatModel.call;
import static dev.praxis.testing.ScriptedChatModel.toolCall;
import static dev.praxis.testing.ScriptedChatModel.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

/** What an approver sees, and the rule that a previewed action runs only after the user has seen the preview. */
class ApprovalSummaryTest {

    /** A checkout whose place_order executes what prepare_checkout previewed under a token. */
    public static final class Checkout {
        final Map<String, BigDecimal> previews = new ConcurrentHashMap<>();
        final AtomicInteger orders = new AtomicInteger();

        @ToolFunction(description = "Previews the order of a cart and returns a token for place_order")
        public Map<String, Object> prepareCheckout(@Param("Cart id") String cartId) {
            previews.put("tok-" + cartId, new BigDecimal("259.97"));
            return Map.of("approval_token", "tok-" + cartId, "total", "259.97 USD");
        }

        @ToolFunction(description = "Places the previewed order", sideEffect = SideEffect.IRREVERSIBLE,
                summary = "describeOrder", preparedBy = "prepare_checkout")
        public String placeOrder(@Param("Token from prepare_checkout") String approvalToken) {
            orders.incrementAndGet();
            return "order O-1 placed";
        }

        public ApprovalSummary describeOrder(String approvalToken) {
            BigDecimal total = previews.get(approvalToken);
            return new ApprovalSummary("Place order: " + total + " USD",
                    List.of("2 x Trail runner X at 119.99 USD", "Ship to Jane Doe, Austin TX 78701, US"),
                    Optional.of(Instant.parse("2026-12-01T14:00:00Z")));
        }

        @ToolFunction(description = "Refunds an order", sideEffect = SideEffect.IRREVERSIBLE)
        public String refund(@Param("Order id") String orderId, ToolContext context) {
            return "refunded";
        }
    }

    private final Checkout checkout = new Checkout();
    private final List<ApprovalRequest> asked = new CopyOnWriteArrayList<>();
    private final ApprovalHandler recording = request -> {
        asked.add(request);
        return ApprovalDecision.approve("yes");
    };

    private Agent.Builder agent(ScriptedChatModel model) {
        return Agent.builder().name("shop").model(model).tools(Tools.from(checkout)).approval(recording);
    }

    @Test
    void theApproverSeesTheToolsSummaryWithTheUserAndTheExactCall() {
        checkout.previews.put("tok-C1", new BigDecimal("259.97"));
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("place_order", "{\"approval_token\":\"tok-C1\"}"),
                answer("Placed."));

        agent(model).build().run(RunRequest.of("s1", "yes, place it").withUser("jane"));

        assertThat(asked).singleElement().satisfies(request -> {
            assertThat(request.summary().title()).isEqualTo("Place order: 259.97 USD");
            assertThat(request.summary().details()).contains("Ship to Jane Doe, Austin TX 78701, US");
            assertThat(request.userId()).isEqualTo("jane");
            assertThat(request.sessionId()).isEqualTo("s1");
            assertThat(request.describe()).startsWith("Place order: 259.97 USD")
                    .contains("exact call: place_order {\"approval_token\":\"tok-C1\"}");
        });
        assertThat(checkout.orders).hasValue(1);
    }

    @Test
    void aToolWithoutASummaryStillShowsItsNameReversibilityAndArguments() {
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("refund", "{\"order_id\":\"O-9\"}"), answer("ok"));

        agent(model).build().run("s1", "refund O-9");

        assertThat(asked).singleElement().satisfies(request -> {
            assertThat(request.summary().title()).isEqualTo("refund (cannot be undone)");
            assertThat(request.describe()).contains("{\"order_id\":\"O-9\"}");
        });
    }

    @Test
    void anOrderPreparedAndPlacedInOneRequestIsRefusedUntilTheUserHasSeenThePreview() {
        ScriptedChatModel model = ScriptedChatModel.of(
                toolCall("prepare_checkout", "{\"cart_id\":\"C1\"}"),
                toolCall("place_order", "{\"approval_token\":\"tok-C1\"}"),
                answer("Here is your order for 259.97 USD. Shall I place it?"),
                toolCall("place_order", "{\"approval_token\":\"tok-C1\"}"),
                answer("Placed."));
        Agent agent = agent(model).build();

        RunRecord first = agent.run("s1", "buy my cart C1");
        RunRecord second = agent.run("s1", "yes");

        assertThat(first.toolCalls().get(1).outcome()).isEqualTo(ToolResult.Outcome.DENIED);
        assertThat(first.toolCalls().get(1).error()).contains("Show the user the preview");
        assertThat(asked).hasSize(1);
        assertThat(second.toolCalls().get(0).outcome()).isEqualTo(ToolResult.Outcome.OK);
        assertThat(checkout.orders).hasValue(1);
    }

    @Test
    void preparingAndPlacingInOneReplyIsRefusedToo() {
        ScriptedChatModel model = ScriptedChatModel.of(
                toolCalls(call("prepare_checkout", "{\"cart_id\":\"C1\"}"),
                        call("place_order", "{\"approval_token\":\"tok-C1\"}")),
                answer("Please confirm."));

        RunRecord record = agent(model).build().run("s1", "buy C1");

        assertThat(record.toolCalls()).extracting(ToolCallRecord::outcome)
                .containsExactly(ToolResult.Outcome.OK, ToolResult.Outcome.DENIED);
        assertThat(checkout.orders).hasValue(0);
    }

    @Test
    void theDisclaimerFollowsAStreamedAnswerAndADelegatedOne() {
        String disclaimer = "This is information, not financial advice.";
        Agent finance = Agent.builder().name("finance").model(ScriptedChatModel.repeating(answer("Pay 1,896.20 USD.")))
                .disclaimer(disclaimer).build();
        StringBuilder streamed = new StringBuilder();
        Agent streaming = Agent.builder().name("finance").disclaimer(disclaimer)
                .model(new dev.praxis.model.TokenStreamingModel() {
                    @Override
                    public dev.langchain4j.model.chat.response.ChatResponse chat(
                            dev.langchain4j.model.chat.request.ChatRequest request,
                            java.util.function.Consumer<String> onToken) {
                        onToken.accept("Pay ");
                        onToken.accept("1,896.20 USD.");
                        return answer("Pay 1,896.20 USD.");
                    }

                    @Override
                    public dev.langchain4j.model.chat.response.ChatResponse doChat(
                            dev.langchain4j.model.chat.request.ChatRequest request) {
                        return answer("Pay 1,896.20 USD.");
                    }
                }).build();
        Agent support = Agent.builder().name("support")
                .model(ScriptedChatModel.of(toolCall("ask_finance", "{\"request\":\"payment on 300k\"}"),
                        answer("The payment is 1,896.20 USD.")))
                .tools(finance.asTool("ask_finance", "Finance questions")).build();

        RunRecord plain = finance.run("s1", "payment?");
        RunRecord viaStream = streaming.run(RunRequest.of("s2", "payment?").streaming(streamed::append));
        RunRecord delegated = support.run("s3", "what is my payment?");

        assertThat(plain.answer()).endsWith(disclaimer);
        assertThat(viaStream.answer()).endsWith(disclaimer);
        assertThat(streamed.toString()).isEqualTo("Pay 1,896.20 USD.\n\n" + disclaimer);
        assertThat(delegated.answer()).startsWith("The payment is 1,896.20 USD.").endsWith(disclaimer);
    }
}
