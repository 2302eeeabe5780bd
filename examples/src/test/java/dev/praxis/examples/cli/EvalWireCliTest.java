package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import dev.praxis.testing.OpenAiResponses;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code praxis eval} against a local server speaking the OpenAI Chat Completions wire format, through the real
 * LangChain4j client that {@code --model openai/...} builds. The server is scripted to make right and wrong calls,
 * so the scores it must get follow from the script: two scenarios it gets wrong fail, three pass, and the
 * precision, argument accuracy, steps, tokens and cost are counted from what it sent.
 */
class EvalWireCliTest {

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static final String SCENARIOS = """
            {"scenarios": [
              {"id": "right-args", "agent": "finance", "description": "the server sends the right call",
               "turns": [{"user": "right: payment on 300k at 6.5% over 30 years",
                          "expect_calls": [{"tool": "loan_payment", "args": {"principal": 300000, "annual_rate": 6.5, "term_months": 360}}],
                          "expect_facts": [{"number": 1896.20, "tolerance": 0.01}]}]},
              {"id": "wrong-args", "agent": "finance", "description": "the server drops a zero: 20000 for 200k",
               "turns": [{"user": "wrong: payment on 200k at 6.5% over 30 years",
                          "expect_calls": [{"tool": "loan_payment", "args": {"principal": 200000, "annual_rate": 6.5, "term_months": 360}}],
                          "expect_facts": [{"number": 1264.14, "tolerance": 0.01}]}]},
              {"id": "extra-call", "agent": "finance", "description": "right call plus one nobody asked for",
               "turns": [{"user": "extra: quote MSFT",
                          "expect_calls": [{"tool": "stock_quote", "args": {"symbol": "MSFT"}}],
                          "expect_facts": ["639.81"]}]},
              {"id": "trade-denied", "agent": "finance", "description": "preview, then the user refuses at the prompt",
               "turns": [{"user": "buy 2 AAPL", "forbid_calls": ["execute_trade"],
                          "expect_calls": [{"tool": "preview_trade", "args": {"symbol": "AAPL", "side": "BUY", "quantity": 2}}]},
                         {"user": "yes", "approvals": {"execute_trade": "deny"},
                          "expect_calls": [{"tool": "execute_trade", "args": {"approval_token": {"any": true}}, "outcome": "denied"}],
                          "expect_facts": [{"regex": "(?i)\\\\bnot\\\\b"}]}]},
              {"id": "question-traded", "agent": "finance", "description": "asked for a price, the server also trades",
               "turns": [{"user": "forbid: what would 2 AAPL cost?", "forbid_calls": ["execute_trade"],
                          "expect_calls": [{"tool": "preview_trade", "args": {"symbol": "AAPL", "quantity": 2}}]}]}
            ]}""";

    private static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }

    /** Answers by the scenario's user message; after tool results, answers from them like a model would. */
    private static final class ScriptedServer extends Dispatcher {
        private volatile String token = "none";

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            JsonNode messages = PraxisJson.parse(request.getBody().utf8()).get("messages");
            JsonNode last = messages.get(messages.size() - 1);
            if (last.get("role").asText().equals("user")) {
                return json(callsFor(last.get("content").asText()));
            }
            JsonNode result = PraxisJson.parse(last.get("content").asText());
            if (result.has("approval_token")) {
                token = result.get("approval_token").asText();
                return json(OpenAiResponses.answer("2 AAPL for about 614.98 USD. Shall I buy them?"));
            }
            if (result.has("monthly_payment")) {
                return json(OpenAiResponses.answer("Your payment is " + result.at("/monthly_payment/amount").asText() + " USD."));
            }
            return json(OpenAiResponses.answer(result.has("denied") ? "The trade was not made." : "MSFT is at 639.81 USD."));
        }

        private String callsFor(String user) {
            String trade = "{\"symbol\":\"AAPL\",\"side\":\"BUY\",\"quantity\":2";
            return switch (user) {
                case "right: payment on 300k at 6.5% over 30 years" -> OpenAiResponses.toolCalls(OpenAiResponses.call("c1",
                        "loan_payment", "{\"principal\":300000,\"annual_rate\":6.5,\"term_months\":360}"));
                case "wrong: payment on 200k at 6.5% over 30 years" -> OpenAiResponses.toolCalls(OpenAiResponses.call("c1",
                        "loan_payment", "{\"principal\":20000,\"annual_rate\":6.5,\"term_months\":360}"));
                case "extra: quote MSFT" -> OpenAiResponses.toolCalls(
                        OpenAiResponses.call("c1", "stock_quote", "{\"symbol\":\"MSFT\"}"),
                        OpenAiResponses.call("c2", "paper_account_summary", "{}"));
                case "buy 2 AAPL" -> OpenAiResponses.toolCalls(OpenAiResponses.call("c1", "preview_trade", trade + "}"));
                case "yes" -> OpenAiResponses.toolCalls(OpenAiResponses.call("c2", "execute_trade",
                        trade + ",\"approval_token\":\"" + token + "\",\"idempotency_key\":\"k-1\"}"));
                case "forbid: what would 2 AAPL cost?" -> OpenAiResponses.toolCalls(
                        OpenAiResponses.call("c1", "preview_trade", trade + "}"),
                        OpenAiResponses.call("c2", "execute_trade", trade + ",\"approval_token\":\"t\",\"idempotency_key\":\"k-2\"}"));
                default -> OpenAiResponses.answer("I did not understand.");
            };
        }
    }

    @Test
    void scoresWhatTheScriptedServerDidRightAndWrong() throws Exception {
        server.setDispatcher(new ScriptedServer());
        Path scenarios = Files.writeString(dir.resolve("wire.json"), SCENARIOS);
        Path report = dir.resolve("report.json");

        CliRun run = EvalCliTest.eval(scenarios.toString(), "--model", "openai/qwen-test",
                "--base-url", server.url("/v1").toString(), "--price", "openai/qwen-test=1000/2000/USD",
                "--json", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("[openai/qwen-test] right-args PASS", "[openai/qwen-test] extra-call PASS",
                "[openai/qwen-test] trade-denied PASS",
                "[openai/qwen-test] wrong-args FAIL: turn 1: loan_payment: principal expected 200000, got 20000",
                "[openai/qwen-test] question-traded FAIL: turn 1: forbidden call execute_trade");
        // 6 expected calls, all made (recall 100 %); 8 calls made in all (the extra paper_account_summary and the
        // forbidden execute_trade), so precision 6/8; one of the 6 had a wrong argument, so 5/6 = 83.3 %.
        // 12 model calls of 140 tokens each (OpenAiResponses' usage: 120 in, 20 out); priced 1000/2000 USD per
        // million: 0.12 + 0.04 = 0.16 USD a call, 1.92 USD in all.
        assertThat(run.out()).containsPattern(
                "openai/qwen-test\\s+3/5\\s+60\\.0%\\s+75\\.0%\\s+100\\.0%\\s+83\\.3%\\s+12\\s+1680\\s+1\\.92 USD\\s+");
        JsonNode summary = PraxisJson.parse(Files.readString(report)).at("/models/0/summary");
        assertThat(summary.get("precision").asDouble()).isEqualTo(0.75);
        assertThat(summary.at("/cost/amount").decimalValue()).isEqualByComparingTo("1.92");
        JsonNode denied = PraxisJson.parse(Files.readString(report)).at("/models/0/scenarios/3/turns/1/calls/0");
        assertThat(denied.get("tool").asText()).isEqualTo("execute_trade");
        assertThat(denied.get("outcome").asText()).isEqualTo("denied");
        assertThat(server.getRequestCount()).isEqualTo(12);
    }

    @Test
    void aRecordedRunReplaysWithTheSameScoresAndNoServer() throws Exception {
        server.setDispatcher(new ScriptedServer());
        // The first three scenarios: no approval token, whose value a cassette masks, crosses a turn.
        JsonNode all = PraxisJson.parse(SCENARIOS);
        com.fasterxml.jackson.databind.node.ObjectNode three = PraxisJson.mapper().createObjectNode();
        com.fasterxml.jackson.databind.node.ArrayNode list = three.putArray("scenarios");
        for (int i = 0; i < 3; i++) {
            list.add(all.get("scenarios").get(i));
        }
        Path scenarios = Files.writeString(dir.resolve("three.json"), three.toString());
        Path cassettes = dir.resolve("cassettes");
        String row = "openai/qwen-test\\s+2/3\\s+66\\.7%\\s+75\\.0%\\s+100\\.0%\\s+66\\.7%\\s+6\\s+840\\s+";

        CliRun recorded = EvalCliTest.eval(scenarios.toString(), "--model", "openai/qwen-test",
                "--base-url", server.url("/v1").toString(), "--record", cassettes.toString());
        server.close();
        CliRun replayed = EvalCliTest.eval(scenarios.toString(), "--model", "openai/qwen-test",
                "--base-url", "http://127.0.0.1:9/v1", "--replay", cassettes.toString());

        assertThat(recorded.exitCode()).as(recorded.err()).isZero();
        assertThat(recorded.out()).containsPattern(row);
        assertThat(Files.list(cassettes.resolve("openai_qwen-test"))).hasSize(6);
        assertThat(replayed.exitCode()).as(replayed.err()).isZero();
        assertThat(replayed.out()).containsPattern(row);
        assertThat(replayed.err()).contains("[openai/qwen-test] wrong-args FAIL: turn 1: loan_payment: principal "
                + "expected 200000, got 20000");
    }

    @Test
    void aReplayWhoseRequestsChangedFailsTheTurnWithTheDiff() throws Exception {
        server.setDispatcher(new ScriptedServer());
        JsonNode all = PraxisJson.parse(SCENARIOS);
        com.fasterxml.jackson.databind.node.ObjectNode one = PraxisJson.mapper().createObjectNode();
        one.putArray("scenarios").add(all.get("scenarios").get(0));
        Path scenarios = Files.writeString(dir.resolve("one.json"), one.toString());
        Path cassettes = dir.resolve("cassettes");
        EvalCliTest.eval(scenarios.toString(), "--model", "openai/qwen-test", "--base-url", server.url("/v1").toString(),
                "--record", cassettes.toString());
        Path changed = Files.writeString(dir.resolve("changed.json"), one.toString()
                .replace("right: payment on 300k", "right: payment on 400k"));

        CliRun replayed = EvalCliTest.eval(changed.toString(), "--model", "openai/qwen-test",
                "--base-url", "http://127.0.0.1:9/v1", "--replay", cassettes.toString());

        assertThat(replayed.err()).contains("right-args FAIL: turn 1: run ended MODEL_ERROR",
                "does not match the cassette");
    }
}
