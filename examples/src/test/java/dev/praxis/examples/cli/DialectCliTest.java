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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line end to end against a local server that has no tool parser, so that a Qwen3.x model's calls
 * arrive as XML text in the content: plain and streamed, on the OpenAI-compatible (SSE) and the Ollama (NDJSON)
 * wire, through the real LangChain4j clients that {@code --model} builds. Each test checks what the user sees on
 * standard output and error and which tool results went back to the model (a tool ran exactly when its result
 * did).
 */
class DialectCliTest {

    /** Qwen3-Coder / Qwen3.5 call syntax (vLLM tests/tool_use/test_qwen3coder_tool_parser.py shows the same shape). */
    static final String QWEN_XML = "<tool_call>\n<function=loan_payment>\n<parameter=principal>\n300000\n</parameter>\n"
            + "<parameter=annual_rate>\n6.5\n</parameter>\n<parameter=term_months>\n360\n</parameter>\n</function>\n"
            + "</tool_call>";
    static final String ANSWER = "Your monthly payment is 1,896.20 USD.";
    static final String REASONING = "The user asks for a payment, so I should call loan_payment.";

    @TempDir
    Path dataDir;

    private final MockWebServer server = new MockWebServer();
    /** The tool results the model was sent back, in order: evidence of which tools ran. */
    private final List<String> toolResults = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Which wire the fake speaks, and how it writes a reply plain or streamed in small pieces. */
    enum Wire {
        OPENAI("vllm/Qwen/Qwen3.5-9B", "/v1") {
            @Override
            MockResponse reply(String text, boolean stream, String finish) {
                if (!stream) {
                    String body = OpenAiResponses.answer(text).replace("\"finish_reason\":\"stop\"",
                            "\"finish_reason\":\"" + finish + "\"");
                    return json(body);
                }
                StringBuilder events = new StringBuilder();
                for (String piece : pieces(text)) {
                    events.append(OpenAiResponses.streamedText(piece));
                }
                events.append(OpenAiResponses.streamedFinish(finish)).append(OpenAiResponses.streamedEnd());
                return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
                        .body(events.toString()).build();
            }
        },
        OLLAMA("ollama/qwen3.5:9b", "/") {
            @Override
            MockResponse reply(String text, boolean stream, String finish) {
                if (!stream) {
                    return json(OllamaResponses.answer(text).replace("\"done_reason\":\"stop\"",
                            "\"done_reason\":\"" + finish + "\""));
                }
                StringBuilder lines = new StringBuilder();
                for (String piece : pieces(text)) {
                    lines.append(OllamaResponses.streamedText(piece));
                }
                lines.append(OllamaResponses.streamedDone().replace("\"done_reason\":\"stop\"",
                        "\"done_reason\":\"" + finish + "\""));
                return new MockResponse.Builder().setHeader("Content-Type", "application/x-ndjson")
                        .body(lines.toString()).build();
            }
        };

        final String spec;
        final String path;

        Wire(String spec, String path) {
            this.spec = spec;
            this.path = path;
        }

        abstract MockResponse reply(String text, boolean stream, String finish);

        /** Pieces of 4 characters, so that every tag is split across chunks as real servers split them. */
        static List<String> pieces(String text) {
            List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i < text.length(); i += 4) {
                out.add(text.substring(i, Math.min(text.length(), i + 4)));
            }
            return out;
        }
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }

    /**
     * A model that answers the user's turn with {@code firstReply} and a tool result with {@code secondReply};
     * it records each tool result it is sent.
     */
    private void script(Wire wire, Function<String, String> firstReply, String firstFinish, String secondReply) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                JsonNode body = PraxisJson.parse(request.getBody().utf8());
                boolean stream = body.path("stream").asBoolean(false);
                JsonNode messages = body.get("messages");
                JsonNode last = messages.get(messages.size() - 1);
                if (last.get("role").asText().equals("tool")) {
                    toolResults.add(last.get("content").asText());
                    return wire.reply(secondReply, stream, "stop");
                }
                return wire.reply(firstReply.apply(last.get("content").asText()), stream, firstFinish);
            }
        });
    }

    private CliRun ask(Wire wire, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("ask", "--agent", "finance", "--model", wire.spec,
                "--base-url", server.url(wire.path).toString()));
        args.addAll(List.of(extra));
        args.add("Payment on 300k at 6.5% over 30 years?");
        return CliRun.run(dataDir, args.toArray(String[]::new));
    }

    /** {@code praxis chat}: answers stream token by token to standard output. */
    private CliRun chat(Wire wire) {
        return CliRun.run(dataDir, "Payment on 300k at 6.5% over 30 years?\n/exit\n", Map.of(), "chat", "--agent",
                "finance", "--model", wire.spec, "--base-url", server.url(wire.path).toString());
    }

    private void assertTheLoanToolRanOnceWithTypedArguments() {
        assertThat(toolResults).singleElement().asString().contains("1896.2");
    }

    @Test
    void qwenXmlCallRunsAndOnlyTheAnswerIsShownOverOpenAiPlain() {
        script(Wire.OPENAI, user -> QWEN_XML, "stop", ANSWER);

        CliRun run = ask(Wire.OPENAI);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(ANSWER).doesNotContain("<tool_call", "<function", "<parameter");
        assertTheLoanToolRanOnceWithTypedArguments();
    }

    @Test
    void qwenXmlCallRunsAndOnlyTheAnswerIsShownOverOllamaPlain() {
        script(Wire.OLLAMA, user -> QWEN_XML, "stop", ANSWER);

        CliRun run = ask(Wire.OLLAMA, "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode record = PraxisJson.parse(run.out());
        assertThat(record.get("answer").asText()).startsWith(ANSWER);
        JsonNode call = record.get("tool_calls").get(0);
        assertThat(call.get("name").asText()).isEqualTo("loan_payment");
        assertThat(call.get("outcome").asText()).isEqualTo("ok");
        // typed from the tool's schema: numbers, not the strings the XML carries
        assertThat(call.get("arguments").get("principal").isNumber()).isTrue();
        assertThat(call.get("arguments").get("term_months").asInt()).isEqualTo(360);
        assertTheLoanToolRanOnceWithTypedArguments();
    }

    @Test
    void qwenXmlCallStreamedOverOpenAiRunsAndNoMarkupReachesTheUser() {
        script(Wire.OPENAI, user -> QWEN_XML, "stop", ANSWER);

        CliRun run = chat(Wire.OPENAI);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(ANSWER).doesNotContain("<tool_call", "<function", "<parameter", "300000");
        assertTheLoanToolRanOnceWithTypedArguments();
    }

    @Test
    void qwenXmlCallStreamedOverOllamaRunsAndNoMarkupReachesTheUser() {
        script(Wire.OLLAMA, user -> QWEN_XML, "stop", ANSWER);

        CliRun run = chat(Wire.OLLAMA);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(ANSWER).doesNotContain("<tool_call", "<function", "<parameter", "300000");
        assertTheLoanToolRanOnceWithTypedArguments();
    }

    @Test
    void replyCutOffByTheTokenLimitRunsNoToolAndSaysWhatToRaise() {
        String cut = QWEN_XML.substring(0, QWEN_XML.indexOf("300000") + 3);
        script(Wire.OPENAI, user -> cut, "length", ANSWER);

        CliRun run = ask(Wire.OPENAI);

        assertThat(toolResults).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.MODEL_UNREACHABLE);
        assertThat(run.err()).contains("cut off in the middle of a tool call", "no tool was run",
                "max_tokens, num_predict").doesNotContain("<function", "<parameter");
        assertThat(run.out()).isBlank();
    }

    @Test
    void streamedReplyCutOffOverOllamaRunsNoToolAndShowsNoMarkup() {
        String cut = QWEN_XML.substring(0, QWEN_XML.indexOf("300000") + 3);
        script(Wire.OLLAMA, user -> cut, "length", ANSWER);

        CliRun run = chat(Wire.OLLAMA);

        assertThat(toolResults).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.MODEL_UNREACHABLE);
        assertThat(run.err()).contains("cut off", "num_predict").doesNotContain("<function", "<parameter", "300");
        assertThat(run.out()).doesNotContain("cut off", "<function", "<parameter", "300");
    }

    @Test
    void reasoningOfATemplateOpenedThinkStreamIsNeverShown() {
        script(Wire.OPENAI, user -> REASONING + "</think>\n\n" + QWEN_XML, "stop",
                "Now I can answer.</think>\n\n" + ANSWER);

        CliRun run = chat(Wire.OPENAI);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(ANSWER)
                .doesNotContain("should call", "Now I can answer", "think>", "<tool_call", "<function");
        assertThat(run.err()).doesNotContain("should call", "Now I can answer");
        assertTheLoanToolRanOnceWithTypedArguments();
    }
}
