package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import dev.praxis.testing.server.FakeModelServer;
import dev.praxis.testing.server.FakeServerBehaviour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code praxis doctor} against local fakes of the server setups seen in the field; each test checks the findings
 * and the recommendations in both the human and the {@code --json} form.
 */
class DoctorCliTest {

    private static final String QWEN = "Qwen/Qwen3-8B";

    @TempDir
    Path dataDir;

    private record Doctor(CliRun text, CliRun json) {
        JsonNode report() {
            return PraxisJson.parse(json.out());
        }
    }

    private Doctor doctor(FakeServerBehaviour behaviour, String spec) {
        try (FakeModelServer server = FakeModelServer.start(behaviour)) {
            CliRun text = CliRun.run(dataDir, "doctor", "--model", spec, "--base-url", server.baseUrl());
            CliRun json = CliRun.run(dataDir, "doctor", "--model", spec, "--base-url", server.baseUrl(), "--json");
            return new Doctor(text, json);
        }
    }

    @Test
    void vllmWithAToolParserIsUsableNativelyWithReasoningSeparated() {
        Doctor run = doctor(FakeServerBehaviour.vllmWithToolParser(QWEN), "vllm/" + QWEN);

        assertThat(run.text().exitCode()).isZero();
        assertThat(run.text().out()).contains("(vLLM)", "ok    native tool calls    tool_calls: get_weather {\"city\": \"Berlin\"}",
                "ok    parallel calls       2 calls for two cities as tool_calls",
                "ok    streaming tool calls tool_calls deltas: get_weather {\"city\": \"Berlin\"}",
                "ok    context length       32768 tokens (max_model_len in /models)",
                "ok    thinking             reasoning arrives in its own field",
                "ok    usage reported", "praxis  --tool-calling native", "verdict: usable (exit 0)",
                "add --reasoning separated")
                .doesNotContain("server  ");
        JsonNode report = run.report();
        assertThat(run.json().exitCode()).isZero();
        assertThat(report.get("server").asText()).isEqualTo("vllm");
        assertThat(report.get("native_tool_calls").asText()).isEqualTo("works");
        assertThat(report.get("parallel_calls").asInt()).isEqualTo(2);
        assertThat(report.get("streaming_tool_calls").asText()).isEqualTo("works");
        assertThat(report.get("usage_reported").asBoolean()).isTrue();
        assertThat(report.get("context_length").get("tokens").asInt()).isEqualTo(32768);
        assertThat(report.get("thinking").asText()).isEqualTo("separated");
        assertThat(report.get("models")).extracting(JsonNode::asText).containsExactly(QWEN);
        assertThat(report.get("recommended").get("tool_calling").asText()).isEqualTo("native");
        assertThat(report.get("recommended").get("server_flags")).isEmpty();
        assertThat(report.get("recommended").get("notes").toString()).contains("--reasoning separated");
    }

    @Test
    void vllmWithoutAParserRecommendsTheQwen3CoderParserAndPromptedMode() {
        Doctor run = doctor(FakeServerBehaviour.vllmWithoutToolParser(QWEN, FakeServerBehaviour.TextDialect.QWEN3_CODER_XML),
                "vllm/" + QWEN);

        assertThat(run.text().exitCode()).isZero();
        assertThat(run.text().out()).contains("fail  native tool calls    refused: HTTP 400 \"auto\" tool choice requires"
                        + " --enable-auto-tool-choice and --tool-call-parser to be set",
                "info  text dialect         with the tool in the prompt: qwen3-coder-xml",
                "skip  streaming tool calls native tools are refused",
                "warn  thinking             reasoning arrives inside <think>",
                "praxis  --tool-calling prompted",
                "server  --enable-auto-tool-choice --tool-call-parser qwen3_coder",
                "server  --reasoning-parser qwen3");
        JsonNode report = run.report();
        assertThat(report.get("native_tool_calls").asText()).isEqualTo("refused");
        assertThat(report.get("refusal").asText()).contains("--enable-auto-tool-choice");
        assertThat(report.get("text_dialect").get("name").asText()).isEqualTo("qwen3-coder-xml");
        assertThat(report.get("thinking").asText()).isEqualTo("leaked");
        assertThat(report.get("recommended").get("tool_calling").asText()).isEqualTo("prompted");
        assertThat(report.get("recommended").get("server_flags")).extracting(JsonNode::asText)
                .contains("--enable-auto-tool-choice --tool-call-parser qwen3_coder");
        // whether this build reads the dialect decides the note; the finding and the note must agree
        boolean reads = report.get("text_dialect").get("praxis_reads_it").asBoolean();
        assertThat(report.get("recommended").get("notes").toString().contains("does not read")).isEqualTo(!reads);
    }

    @Test
    void vllmWithoutAParserOnAHermesModelRecommendsTheHermesParser() {
        Doctor run = doctor(FakeServerBehaviour.vllmWithoutToolParser(QWEN, FakeServerBehaviour.TextDialect.HERMES),
                "vllm/" + QWEN);

        JsonNode report = run.report();
        assertThat(report.get("text_dialect").get("name").asText()).isEqualTo("hermes");
        assertThat(report.get("text_dialect").get("praxis_reads_it").asBoolean()).isTrue();
        assertThat(report.get("parallel_calls").asInt()).isEqualTo(2);
        assertThat(run.text().out()).contains("server  --enable-auto-tool-choice --tool-call-parser hermes",
                "ok    parallel calls       2 calls for two cities as text (prompted)");
    }

    @Test
    void qwen3CoderCallsInTheContentAreNamedAndTheMatchingParserRecommended() {
        Doctor run = doctor(FakeServerBehaviour.vllmWithHermesParserOnQwen3Coder(QWEN), "vllm/" + QWEN);

        assertThat(run.text().out()).contains("fail  native tool calls    the calls came back as text in the content",
                "info  text dialect         qwen3-coder-xml <function=name><parameter=p>v</parameter></function>;"
                        + " Praxis reads it: yes",
                "fail  streaming tool calls the calls stream as qwen3-coder-xml text in the content",
                "praxis  --tool-calling auto", "server  --enable-auto-tool-choice --tool-call-parser qwen3_coder");
        JsonNode report = run.report();
        assertThat(report.get("native_tool_calls").asText()).isEqualTo("text");
        assertThat(report.get("streaming_tool_calls").asText()).isEqualTo("text");
        assertThat(report.get("text_dialect").get("calls").asInt()).isEqualTo(1);
        assertThat(report.get("text_dialect").get("praxis_reads_it").asBoolean()).isTrue();
        assertThat(report.get("recommended").get("notes").toString()).contains("auto mode reads them")
                .doesNotContain("--reasoning separated");
        assertThat(report.get("context_length").get("tokens").asInt()).isEqualTo(262144);
        assertThat(report.get("thinking").asText()).isEqualTo("none");
    }

    @Test
    void llamaCppWithJinjaWorksNativelyAndExposesNCtx() {
        Doctor run = doctor(FakeServerBehaviour.llamaCppWithJinja("qwen3-8b"), "llamacpp/qwen3-8b");

        assertThat(run.text().exitCode()).isZero();
        assertThat(run.text().out()).contains("(llama.cpp)", "ok    context length       8192 tokens (n_ctx in /props)",
                "praxis  --tool-calling native");
        JsonNode report = run.report();
        assertThat(report.get("native_tool_calls").asText()).isEqualTo("works");
        assertThat(report.get("context_length").get("source").asText()).isEqualTo("n_ctx in /props");
        assertThat(report.get("recommended").get("server_flags")).isEmpty();
    }

    @Test
    void llamaCppWithoutJinjaIsRecognisedFromItsRefusalAndGetsTheJinjaFlag() {
        // named through the generic openai/ preset: the server is told apart by its model list and its error
        Doctor run = doctor(FakeServerBehaviour.llamaCppWithoutJinja("qwen3-8b"), "openai/qwen3-8b");

        assertThat(run.text().exitCode()).isZero();
        assertThat(run.text().out()).contains("(llama.cpp)",
                "fail  native tool calls    refused: HTTP 500 tools param requires --jinja flag",
                "info  text dialect         with the tool in the prompt: hermes", "praxis  --tool-calling prompted",
                "server  --jinja", "server  --reasoning-format deepseek");
        JsonNode report = run.report();
        assertThat(report.get("server").asText()).isEqualTo("llamacpp");
        assertThat(report.get("native_tool_calls").asText()).isEqualTo("refused");
        assertThat(report.get("recommended").get("tool_calling").asText()).isEqualTo("prompted");
    }

    @Test
    void ollamaSpeaksItsOwnApiWithNativeCallsAndThinking() {
        Doctor run = doctor(FakeServerBehaviour.ollama("qwen3:8b"), "ollama/qwen3:8b");

        assertThat(run.text().exitCode()).isZero();
        assertThat(run.text().out()).contains("(Ollama)", "ok    reachable            HTTP 200 from GET /api/tags",
                "ok    models listed        qwen3:8b", "ok    native tool calls    tool_calls: get_weather {\"city\":\"Berlin\"}",
                "40960 tokens (qwen3.context_length in /api/show", "praxis  --tool-calling native");
        JsonNode report = run.report();
        assertThat(report.get("parallel_calls").asInt()).isEqualTo(2);
        assertThat(report.get("streaming_tool_calls").asText()).isEqualTo("works");
        assertThat(report.get("thinking").asText()).isEqualTo("separated");
        assertThat(report.get("usage_reported").asBoolean()).isTrue();
    }

    @Test
    void aServerThatRefusesToolsGetsPromptedModeAndNoServerFlags() {
        Doctor run = doctor(FakeServerBehaviour.refusingTools("small-model"), "openai/small-model");

        assertThat(run.text().exitCode()).isZero();
        assertThat(run.text().out()).contains("(OpenAI-compatible server)",
                "fail  native tool calls    refused: HTTP 400 tools not supported",
                "info  context length       not exposed by this server",
                "warn  usage reported       no token counts in the replies", "praxis  --tool-calling prompted")
                .doesNotContain("server  ");
        JsonNode report = run.report();
        assertThat(report.get("usage_reported").asBoolean()).isFalse();
        assertThat(report.get("context_length").get("tokens").isNull()).isTrue();
        assertThat(report.get("recommended").get("notes")).extracting(JsonNode::asText)
                .anyMatch(n -> n.contains("no token usage"));
    }

    @Test
    void anUnreachableServerExitsWithCodeThree() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/v1";

        CliRun text = CliRun.run(dataDir, "doctor", "--model", "vllm/" + QWEN, "--base-url", url);
        CliRun json = CliRun.run(dataDir, "doctor", "--model", "vllm/" + QWEN, "--base-url", url, "--json");

        assertThat(text.exitCode()).isEqualTo(ExitCodes.MODEL_UNREACHABLE);
        assertThat(text.out()).contains("fail  reachable            no response from " + url + "/models",
                "verdict: not usable (exit 3)").doesNotContain("recommended:");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.MODEL_UNREACHABLE);
        assertThat(PraxisJson.parse(json.out()).get("reachable").asBoolean()).isFalse();
    }

    @Test
    void anUnknownModelIsReportedAndExitsWithCodeThree() {
        Doctor run = doctor(FakeServerBehaviour.vllmWithToolParser(QWEN), "vllm/Qwen/NoSuchModel");

        assertThat(run.text().exitCode()).isEqualTo(ExitCodes.MODEL_UNREACHABLE);
        assertThat(run.text().out()).contains("warn  models listed        Qwen/Qwen3-8B (Qwen/NoSuchModel is not among them)",
                "the server does not know the model: HTTP 404");
        assertThat(run.report().get("model_listed").asBoolean()).isFalse();
    }

    @Test
    void offlineIsNotAServerToCheck() {
        CliRun run = CliRun.run(dataDir, "doctor", "--model", "offline");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("doctor checks a model server");
    }
}
