package dev.praxis.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.praxis.approval.ApprovalDecision;
import dev.praxis.json.PraxisJson;
import dev.praxis.testing.OllamaResponses;
import dev.praxis.testing.OpenAiResponses;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.ToolResult;
import dev.praxis.tool.Tools;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full agent loops through the real LangChain4j clients against a local server speaking the exact wire formats:
 * OpenAI Chat Completions (vLLM, llama.cpp, LM Studio...) and Ollama's native /api/chat.
 */
class WireLoopTest {

    public static final class Bank {
        final AtomicInteger transfers = new AtomicInteger();

        @ToolFunction(description = "Converts an amount between currencies at a fixed rate")
        public BigDecimal convert(@Param(value = "Amount", min = "0") BigDecimal amount, @Param("Rate") BigDecimal rate) {
            return amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
        }

        @ToolFunction(description = "Looks up an account")
        public String account(String id) {
            if (id.startsWith("x")) {
                throw new IllegalStateException("account store unavailable");
            }
            return "account " + id;
        }

        @ToolFunction(description = "Moves money", sideEffect = SideEffect.IRREVERSIBLE)
        public String transfer(String to, BigDecimal amount) {
            transfers.incrementAndGet();
            return "sent " + amount + " to " + to;
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final Bank bank = new Bank();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ChatModel openAi() {
        return OpenAiChatModel.builder().baseUrl(server.url("/v1").toString()).modelName("qwen2.5:7b")
                .maxRetries(0).timeout(Duration.ofSeconds(5)).build();
    }

    private ChatModel ollama() {
        return OllamaChatModel.builder().baseUrl(server.url("/").toString()).modelName("qwen2.5:7b")
                .maxRetries(0).timeout(Duration.ofSeconds(5)).build();
    }

    private Agent.Builder agent(ChatModel model) {
        return Agent.builder().name("bank").instructions("You are a bank assistant.").model(model).tools(Tools.from(bank))
                .limits(Limits.defaults().withMaxModelCalls(4));
    }

    private void enqueue(String body) {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build());
    }

    private JsonNode request() throws InterruptedException {
        RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(recorded).isNotNull();
        return PraxisJson.parse(recorded.getBody().utf8());
    }

    @Test
    void openAiOneToolCallThenAnswer() throws Exception {
        enqueue(OpenAiResponses.toolCalls(OpenAiResponses.call("call_1", "convert", "{\"amount\":100,\"rate\":0.92}")));
        enqueue(OpenAiResponses.answer("100 USD is 92.00 EUR."));

        RunRecord record = agent(openAi()).build().run("s1", "100 USD in EUR?");

        assertThat(record.answer()).isEqualTo("100 USD is 92.00 EUR.");
        assertThat(record.toolCalls().get(0).result().decimalValue()).isEqualByComparingTo("92.00");
        assertThat(record.usage()).isEqualTo(new Usage(240, 40, 280));
        JsonNode first = request();
        assertThat(first.get("tools").get(0).get("function").get("name").asText()).isEqualTo("account");
        JsonNode second = request();
        JsonNode messages = second.get("messages");
        assertThat(messages.get(2).get("tool_calls").get(0).get("id").asText()).isEqualTo("call_1");
        assertThat(messages.get(3).get("role").asText()).isEqualTo("tool");
        assertThat(messages.get(3).get("tool_call_id").asText()).isEqualTo("call_1");
        assertThat(messages.get(3).get("content").asText()).isEqualTo("92.00");
    }

    @Test
    void openAiParallelCallsAnsweredInOrder() throws Exception {
        enqueue(OpenAiResponses.toolCalls(OpenAiResponses.call("call_a", "account", "{\"id\":\"a1\"}"),
                OpenAiResponses.call("call_b", "account", "{\"id\":\"b2\"}")));
        enqueue(OpenAiResponses.answer("Both found."));

        RunRecord record = agent(openAi()).build().run("s1", "accounts a1 and b2");

        assertThat(record.toolCalls()).extracting(ToolCallRecord::id).containsExactly("call_a", "call_b");
        request();
        JsonNode messages = request().get("messages");
        assertThat(messages.get(3).get("tool_call_id").asText()).isEqualTo("call_a");
        assertThat(messages.get(3).get("content").asText()).isEqualTo("\"account a1\"");
        assertThat(messages.get(4).get("tool_call_id").asText()).isEqualTo("call_b");
    }

    @Test
    void openAiTruncatedArgumentsThenRecovery() throws Exception {
        enqueue(OpenAiResponses.toolCalls(OpenAiResponses.call("call_1", "convert", "{\"amount\": 100, \"rate\"")));
        enqueue(OpenAiResponses.toolCalls(OpenAiResponses.call("call_2", "convert", "{\"amount\": 100, \"rate\": 2}")));
        enqueue(OpenAiResponses.answer("200.00"));

        RunRecord record = agent(openAi()).build().run("s1", "convert");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.toolCalls()).extracting(ToolCallRecord::outcome)
                .containsExactly(ToolResult.Outcome.ERROR, ToolResult.Outcome.OK);
        request();
        String feedback = request().get("messages").get(3).get("content").asText();
        assertThat(feedback).contains("not valid JSON");
    }

    @Test
    void openAiUnknownToolThenRecovery() throws Exception {
        enqueue(OpenAiResponses.toolCalls(OpenAiResponses.call("call_1", "get_balance", "{}")));
        enqueue(OpenAiResponses.toolCalls(OpenAiResponses.call("call_2", "account", "{\"id\":\"a1\"}")));
        enqueue(OpenAiResponses.answer("done"));

        RunRecord record = agent(openAi()).build().run("s1", "balance");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        request();
        assertThat(request().get("messages").get(3).get("content").asText())
                .contains("unknown tool 'get_balance'").contains("account, convert, transfer");
    }

    @Test
    void openAiThrowingToolBecomesErrorTheModelReads() throws Exception {
        enqueue(OpenAiResponses.toolCalls(OpenAiResponses.call("call_1", "account", "{\"id\":\"x9\"}")));
        enqueue(OpenAiResponses.answer("The account service is down."));

        RunRecord record = agent(openAi()).build().run("s1", "account x9");

        assertThat(record.toolCalls().get(0).error()).isEqualTo("account failed: account store unavailable");
        request();
        assertThat(request().get("messages").get(3).get("content").asText())
                .isEqualTo("{\"error\":\"account failed: account store unavailable\"}");
    }

    @Test
    void openAiApprovalDeniedThenApproved() throws Exception {
        String transfer = "{\"to\":\"DE89\",\"amount\":50}";
        enqueue(OpenAiResponses.toolCalls(OpenAiResponses.call("call_1", "transfer", transfer)));
        enqueue(OpenAiResponses.answer("Not sent."));
        RunRecord denied = agent(openAi()).build().run("s1", "send 50");
        assertThat(denied.toolCalls().get(0).outcome()).isEqualTo(ToolResult.Outcome.DENIED);
        assertThat(bank.transfers).hasValue(0);

        enqueue(OpenAiResponses.toolCalls(OpenAiResponses.call("call_2", "transfer", transfer)));
        enqueue(OpenAiResponses.answer("Sent."));
        RunRecord approved = agent(openAi()).approval(r -> ApprovalDecision.approve("yes")).build().run("s2", "send 50");
        assertThat(approved.toolCalls().get(0).outcome()).isEqualTo(ToolResult.Outcome.OK);
        assertThat(bank.transfers).hasValue(1);
    }

    @Test
    void openAiModelThatNeverStopsEndsAtTheLimit() {
        for (int i = 0; i < 4; i++) {
            enqueue(OpenAiResponses.toolCalls(OpenAiResponses.call("call_" + i, "account", "{\"id\":\"a" + i + "\"}")));
        }

        RunRecord record = agent(openAi()).build().run("s1", "loop");

        assertThat(record.stopReason()).isEqualTo(StopReason.STEP_LIMIT);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void ollamaToolCallsWithoutIdsGetIdsAndResultsInOrder() throws Exception {
        enqueue(OllamaResponses.toolCalls(OllamaResponses.call("account", "{\"id\":\"a1\"}"),
                OllamaResponses.call("convert", "{\"amount\":10,\"rate\":1.5}")));
        enqueue(OllamaResponses.answer("Account a1; 10 is 15.00."));

        RunRecord record = agent(ollama()).build().run("s1", "a1 and convert 10");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.toolCalls()).extracting(ToolCallRecord::id).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(record.toolCalls()).extracting(c -> c.result().asText()).containsExactly("account a1", "15.00");
        assertThat(record.usage()).isEqualTo(new Usage(338, 36, 374));
        JsonNode first = request();
        assertThat(first.get("tools")).hasSize(3);
        JsonNode messages = request().get("messages");
        assertThat(messages.get(2).get("tool_calls").get(0).get("function").get("arguments").get("id").asText()).isEqualTo("a1");
        List<String> toolContents = new ArrayList<>();
        messages.forEach(m -> {
            if (m.get("role").asText().equals("tool")) {
                toolContents.add(m.get("content").asText());
            }
        });
        assertThat(toolContents).containsExactly("\"account a1\"", "15.00");
    }

    @Test
    void ollamaApprovalDeniedKeepsTheMoney() throws Exception {
        enqueue(OllamaResponses.toolCalls(OllamaResponses.call("transfer", "{\"to\":\"DE89\",\"amount\":900}")));
        enqueue(OllamaResponses.answer("I could not send it."));

        RunRecord record = agent(ollama()).build().run("s1", "send 900");

        assertThat(bank.transfers).hasValue(0);
        assertThat(record.toolCalls().get(0).outcome()).isEqualTo(ToolResult.Outcome.DENIED);
        request();
        assertThat(request().get("messages").get(3).get("content").asText()).startsWith("{\"denied\":");
    }

    @Test
    void serverErrorEndsTheRunWithModelError() {
        server.enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", "application/json")
                .body(OpenAiResponses.error("boom", "server_error")).build());

        RunRecord record = agent(openAi()).build().run("s1", "hi");

        assertThat(record.stopReason()).isEqualTo(StopReason.MODEL_ERROR);
        assertThat(record.error()).contains("boom");
    }
}
