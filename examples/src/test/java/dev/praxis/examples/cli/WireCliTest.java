package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import dev.praxis.testing.OllamaResponses;
import dev.praxis.testing.OpenAiResponses;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line end to end against a local server speaking the OpenAI Chat Completions and Ollama wire
 * formats, through the real LangChain4j clients that {@code --model} builds.
 */
class WireCliTest {

    @TempDir
    Path dataDir;

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }

    /** A scripted OpenAI-compatible model: previews a trade, then executes it with the real token, then answers. */
    private final class TradingModel extends Dispatcher {
        volatile String sentToken;

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            JsonNode messages = PraxisJson.parse(request.getBody().utf8()).get("messages");
            JsonNode last = messages.get(messages.size() - 1);
            if (!last.get("role").asText().equals("tool")) {
                return json(OpenAiResponses.toolCalls(OpenAiResponses.call("call_1", "preview_trade",
                        "{\"symbol\":\"AAPL\",\"side\":\"BUY\",\"quantity\":2}")));
            }
            JsonNode result = PraxisJson.parse(last.get("content").asText());
            if (result.has("approval_token")) {
                sentToken = result.get("approval_token").asText();
                return json(OpenAiResponses.toolCalls(OpenAiResponses.call("call_2", "execute_trade",
                        "{\"symbol\":\"AAPL\",\"side\":\"BUY\",\"quantity\":2,\"approval_token\":\""
                                + result.get("approval_token").asText() + "\",\"idempotency_key\":\"k-1\"}")));
            }
            return json(OpenAiResponses.answer(result.has("denied") ? "The trade was not made." : "Bought 2 AAPL."));
        }
    }

    private String[] askFinanceToTrade(String approve) {
        return new String[]{"ask", "--agent", "finance", "--json", "--approve", approve,
                "--model", "openai/qwen2.5:7b", "--base-url", server.url("/v1").toString(), "Buy 2 AAPL"};
    }

    @Test
    void approveNeverNeverExecutesTheIrreversibleTradeEvenWithAValidToken() {
        TradingModel model = new TradingModel();
        server.setDispatcher(model);

        CliRun run = CliRun.run(dataDir, askFinanceToTrade("never"));

        assertThat(run.exitCode()).isZero();
        JsonNode calls = PraxisJson.parse(run.out()).get("tool_calls");
        assertThat(calls).extracting(c -> c.get("name").asText()).containsExactly("preview_trade", "execute_trade");
        assertThat(calls.get(1).get("outcome").asText()).isEqualTo("denied");
        assertThat(model.sentToken).startsWith("v1.");
        // The record masks token-named arguments like other secrets.
        assertThat(calls.get(1).get("arguments").get("approval_token").asText()).isEqualTo("***");
        assertThat(PraxisJson.parse(run.out()).get("answer").asText()).startsWith("The trade was not made.");
    }

    @Test
    void approveAlwaysLetsTheSameTradeRun() {
        server.setDispatcher(new TradingModel());

        CliRun run = CliRun.run(dataDir, askFinanceToTrade("always"));

        JsonNode calls = PraxisJson.parse(run.out()).get("tool_calls");
        assertThat(calls.get(1).get("outcome").asText()).isEqualTo("ok");
        assertThat(calls.get(1).get("result").get("order").get("quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(calls.get(1).get("result").get("status").asText()).isNotBlank();
    }

    @Test
    void approveAskShowsTheExactActionAndRespectsNo() {
        server.setDispatcher(new TradingModel());
        String[] args = askFinanceToTrade("ask");

        CliRun run = CliRun.run(dataDir, "n\n", Map.of(), args);

        assertThat(run.err()).contains("wants to run execute_trade (IRREVERSIBLE)").contains("\"symbol\" : \"AAPL\"")
                .contains("Approve? [y/N]");
        assertThat(PraxisJson.parse(run.out()).get("tool_calls").get(1).get("outcome").asText()).isEqualTo("denied");
    }

    @Test
    void ollamaBackendRunsATurnWithTheModelFromTheEnvironment() throws Exception {
        server.enqueue(json(OllamaResponses.toolCalls(OllamaResponses.call("loan_payment",
                "{\"principal\":300000,\"annual_rate\":6.5,\"term_months\":360}"))));
        server.enqueue(json(OllamaResponses.answer("Your monthly payment is 1,896.20 USD.")));

        CliRun run = CliRun.run(dataDir, "", Map.of("PRAXIS_MODEL", "ollama/qwen2.5:7b",
                "PRAXIS_BASE_URL", server.url("/").toString()), "ask", "--agent", "finance", "Payment on 300k?");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Your monthly payment is 1,896.20 USD.").contains("not financial advice");
        RecordedRequest first = server.takeRequest();
        assertThat(first.getUrl().encodedPath()).isEqualTo("/api/chat");
        JsonNode followUp = PraxisJson.parse(server.takeRequest().getBody().utf8());
        assertThat(followUp.get("messages").toString()).contains("1896.20");
    }

    @Test
    void unreachableModelServerGivesExitCode3AndAnActionableLine() {
        int port = server.getPort();
        server.close();

        CliRun run = CliRun.run(dataDir, "ask", "--agent", "finance", "--model", "ollama/qwen2.5:7b",
                "--base-url", "http://127.0.0.1:" + port, "hi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.MODEL_UNREACHABLE);
        assertThat(run.out()).contains("Ollama running");
        assertThat(run.err()).doesNotContain("\tat ");
    }
}
