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

    /**
     * A scripted OpenAI-compatible model: asked to buy, it previews the trade and asks the user; told "yes" (in a
     * later command of the same session) it executes with the token the preview returned, then answers.
     */
    private final class TradingModel extends Dispatcher {
        volatile String sentToken;

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            JsonNode messages = PraxisJson.parse(request.getBody().utf8()).get("messages");
            JsonNode last = messages.get(messages.size() - 1);
            if (last.get("role").asText().equals("user")) {
                return last.get("content").asText().equals("yes")
                        ? json(OpenAiResponses.toolCalls(OpenAiResponses.call("call_2", "execute_trade",
                        "{\"symbol\":\"AAPL\",\"side\":\"BUY\",\"quantity\":2,\"approval_token\":\""
                                + sentToken + "\",\"idempotency_key\":\"k-1\"}")))
                        : json(OpenAiResponses.toolCalls(OpenAiResponses.call("call_1", "preview_trade",
                        "{\"symbol\":\"AAPL\",\"side\":\"BUY\",\"quantity\":2}")));
            }
            JsonNode result = PraxisJson.parse(last.get("content").asText());
            if (result.has("approval_token")) {
                sentToken = result.get("approval_token").asText();
                return json(OpenAiResponses.answer("2 AAPL for about 614.98 USD. Shall I buy them?"));
            }
            return json(OpenAiResponses.answer(result.has("denied") ? "The trade was not made." : "Bought 2 AAPL."));
        }
    }

    private String[] ask(String approve, String message) {
        return new String[]{"ask", "--agent", "finance", "--json", "--approve", approve, "--session", "trade-1",
                "--model", "openai/qwen2.5:7b", "--base-url", server.url("/v1").toString(), message};
    }

    /** First command: the preview, shown to the user; nothing is executed in the run that previewed it. */
    private TradingModel previewInAFirstCommand() {
        TradingModel model = new TradingModel();
        server.setDispatcher(model);
        CliRun preview = CliRun.run(dataDir, ask("never", "Buy 2 AAPL"));
        assertThat(PraxisJson.parse(preview.out()).get("tool_calls")).extracting(c -> c.get("name").asText())
                .containsExactly("preview_trade");
        return model;
    }

    @Test
    void approveNeverNeverExecutesTheIrreversibleTradeEvenWithAValidToken() {
        TradingModel model = previewInAFirstCommand();

        CliRun run = CliRun.run(dataDir, ask("never", "yes"));

        assertThat(run.exitCode()).isZero();
        JsonNode calls = PraxisJson.parse(run.out()).get("tool_calls");
        assertThat(calls).extracting(c -> c.get("name").asText()).containsExactly("execute_trade");
        assertThat(calls.get(0).get("outcome").asText()).isEqualTo("denied");
        assertThat(model.sentToken).contains(".").hasSizeGreaterThan(100);
        // The record masks token-named arguments like other secrets.
        assertThat(calls.get(0).get("arguments").get("approval_token").asText()).isEqualTo("***");
        assertThat(PraxisJson.parse(run.out()).get("answer").asText()).startsWith("The trade was not made.");
    }

    @Test
    void approveAlwaysLetsTheTradePreviewedInTheCommandBeforeRunOnce() {
        previewInAFirstCommand();

        CliRun run = CliRun.run(dataDir, ask("always", "yes"));
        CliRun again = CliRun.run(dataDir, ask("always", "yes"));

        JsonNode calls = PraxisJson.parse(run.out()).get("tool_calls");
        assertThat(calls.get(0).get("outcome").asText()).isEqualTo("ok");
        assertThat(calls.get(0).get("result").get("order").get("quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(calls.get(0).get("result").get("status").asText()).isNotBlank();
        // The next command reads the same paper account from --data-dir/records: the same idempotency key replays
        // the first fill instead of trading again (the token is spent, so without the key's record it would fail).
        JsonNode replay = PraxisJson.parse(again.out()).get("tool_calls").get(0);
        assertThat(replay.get("outcome").asText()).isEqualTo("ok");
        assertThat(replay.get("result").get("replayed").asBoolean()).isTrue();
        assertThat(replay.get("result").get("execution_id").asText())
                .isEqualTo(calls.get(0).get("result").get("execution_id").asText());
        assertThat(CliRun.run(dataDir, "tools", "call", "paper_account_summary").out()).contains("\"trades\" : 1");
    }

    @Test
    void approveAskShowsWhatTheTradeDoesThenTheExactCallAndRespectsNo() {
        previewInAFirstCommand();

        CliRun run = CliRun.run(dataDir, "n\n", Map.of(), ask("ask", "yes"));

        assertThat(run.err()).contains("Buy 2 AAPL on account 'paper': about ").contains("Price bound: fills only at or below")
                .contains("exact call: execute_trade (IRREVERSIBLE)").contains("\"symbol\" : \"AAPL\"")
                .contains("Approve? [y/N]");
        assertThat(run.err().indexOf("Buy 2 AAPL")).isLessThan(run.err().indexOf("\"symbol\" : \"AAPL\""));
        assertThat(PraxisJson.parse(run.out()).get("tool_calls").get(0).get("outcome").asText()).isEqualTo("denied");
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
        assertThat(run.err()).contains("Ollama running").doesNotContain("\tat ");
        assertThat(run.out()).isBlank();
    }
}
