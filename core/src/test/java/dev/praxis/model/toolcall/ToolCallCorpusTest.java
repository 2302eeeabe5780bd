package dev.praxis.model.toolcall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.praxis.model.ModelTruncatedException;
import dev.praxis.model.TokenStreamingModel;
import dev.praxis.model.ToolCallingMode;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the corpus of real model outputs from other projects' parser tests (src/test/resources/toolcall-corpus,
 * README there) through the parser, plain and streamed, and prints the figures quoted in docs/models.md. The goal
 * (every expected call exact, no call where none is expected) is asserted on the tuned part; the held-aside part
 * is reported as it is.
 */
class ToolCallCorpusTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Numbers compare by value: 3.14 written by the parser as a decimal equals the source's 3.14. */
    static final Comparator<JsonNode> NUMERIC = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    record Sample(String source, String name, String input, List<ToolSpecification> tools, JsonNode expected) {
    }

    record Figures(int withCalls, int exact, int withoutCalls, int falseCalls, List<String> misses) {
        String line(String part, String how) {
            return String.format("%-10s %-8s calls exact %d/%d, calls where none expected %d/%d", part, how, exact,
                    withCalls, falseCalls, withoutCalls);
        }
    }

    static final String LLAMA_CPP = "ggml-org/llama.cpp tests/test-chat.cpp / ";
    /**
     * Tuned samples in dialects Praxis does not read, listed in docs/models.md: none now (Llama 3.1's built-in
     * {@code <|python_tag|>python.call(code=...)} and Functionary v3.2's raw {@code python} code are read since
     * CallExpressions and RecipientCalls). Anything missed fails the test.
     */
    static final List<String> KNOWN_GAPS = List.of();

    @Test
    void tunedPartHasEveryCallExactAndNoFalseCallPlainAndStreamed() throws IOException {
        List<Sample> tuned = load("tuned.jsonl");
        Figures plain = run(tuned, false);
        Figures streamed = run(tuned, true);
        System.out.println("[corpus] " + plain.line("tuned", "plain") + " misses " + plain.misses());
        System.out.println("[corpus] " + streamed.line("tuned", "streamed") + " misses " + streamed.misses());

        assertThat(plain.misses()).isSubsetOf(KNOWN_GAPS);
        assertThat(streamed.misses()).isSubsetOf(KNOWN_GAPS);
        assertThat(plain.withCalls() + plain.withoutCalls()).isEqualTo(tuned.size());
    }

    @Test
    void heldAsidePartIsMeasuredAndReported() throws IOException {
        List<Sample> held = load("held-aside.jsonl");
        Figures plain = run(held, false);
        Figures streamed = run(held, true);
        System.out.println("[corpus] " + plain.line("held-aside", "plain") + " misses " + plain.misses());
        System.out.println("[corpus] " + streamed.line("held-aside", "streamed") + " misses " + streamed.misses());

        assertThat(plain.withCalls() + plain.withoutCalls()).isEqualTo(held.size()).isPositive();
    }

    static Figures run(List<Sample> samples, boolean streamed) {
        int withCalls = 0;
        int exact = 0;
        int withoutCalls = 0;
        int falseCalls = 0;
        List<String> misses = new ArrayList<>();
        for (Sample sample : samples) {
            List<ToolExecutionRequest> calls = streamed ? streamedCalls(sample) : plainCalls(sample);
            if (sample.expected().isEmpty()) {
                withoutCalls++;
                if (!calls.isEmpty()) {
                    falseCalls++;
                    misses.add(sample.source() + " / " + sample.name() + (streamed ? " (streamed)" : ""));
                }
            } else {
                withCalls++;
                if (matches(calls, sample.expected())) {
                    exact++;
                } else {
                    misses.add(sample.source() + " / " + sample.name() + (streamed ? " (streamed)" : ""));
                }
            }
        }
        return new Figures(withCalls, exact, withoutCalls, falseCalls, misses);
    }

    static List<ToolExecutionRequest> plainCalls(Sample sample) {
        return new TextToolCallParser().parse(sample.input(), sample.tools()).toolCalls();
    }

    /**
     * The sample streamed in chunks of 3 characters through TextToolCallingModel; the calls it would run (none
     * when it reports the reply as cut off). A call's markup or its tool's name reaching the user counts as a miss.
     */
    static List<ToolExecutionRequest> streamedCalls(Sample sample) {
        StringBuilder shown = new StringBuilder();
        TextToolCallingModel model = new TextToolCallingModel(new Chunked(sample.input()), ToolCallingMode.AUTO);
        try {
            ChatResponse response = model.chat(ChatRequest.builder().messages(UserMessage.from("go"))
                    .toolSpecifications(sample.tools()).build(), shown::append);
            List<ToolExecutionRequest> calls = response.aiMessage().toolExecutionRequests();
            boolean leaked = !calls.isEmpty() && (shown.indexOf("<tool_call") >= 0 || shown.indexOf("<function") >= 0
                    || shown.indexOf("\"arguments\"") >= 0
                    || calls.stream().anyMatch(call -> shown.indexOf(call.name()) >= 0));
            return leaked ? List.of() : calls;
        } catch (ModelTruncatedException cutOff) {
            return List.of();
        }
    }

    static boolean matches(List<ToolExecutionRequest> calls, JsonNode expected) {
        if (calls.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < calls.size(); i++) {
            JsonNode want = expected.get(i);
            if (!calls.get(i).name().equals(want.get("name").asText())) {
                return false;
            }
            try {
                if (!JSON.readTree(calls.get(i).arguments()).equals(NUMERIC, want.get("arguments"))) {
                    return false;
                }
            } catch (IOException notJson) {
                return false;
            }
        }
        return true;
    }

    static List<Sample> load(String file) throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (InputStream in = ToolCallCorpusTest.class.getResourceAsStream("/toolcall-corpus/" + file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    JsonNode row = JSON.readTree(line);
                    samples.add(new Sample(row.get("source").asText(), row.get("case").asText(),
                            row.get("input").asText(), tools(row.get("tools")), row.get("expected")));
                }
            }
        }
        return samples;
    }

    static List<ToolSpecification> tools(JsonNode tools) {
        List<ToolSpecification> specs = new ArrayList<>();
        for (JsonNode tool : tools) {
            JsonObjectSchema.Builder parameters = JsonObjectSchema.builder();
            for (Map.Entry<String, JsonNode> p : tool.get("parameters").properties()) {
                parameters.addProperty(p.getKey(), schema(p.getValue().asText()));
            }
            specs.add(ToolSpecification.builder().name(tool.get("name").asText()).parameters(parameters.build())
                    .build());
        }
        return specs;
    }

    /** The source's type names; vLLM's test writes "float" for a number. */
    static JsonSchemaElement schema(String type) {
        return switch (type) {
            case "integer" -> JsonIntegerSchema.builder().build();
            case "number", "float" -> JsonNumberSchema.builder().build();
            case "boolean" -> JsonBooleanSchema.builder().build();
            case "object" -> JsonObjectSchema.builder().build();
            case "array" -> JsonArraySchema.builder().items(JsonStringSchema.builder().build()).build();
            default -> JsonStringSchema.builder().build();
        };
    }

    /** A backend that streams a fixed text in chunks of three characters, as a server without a tool parser. */
    static final class Chunked implements TokenStreamingModel {
        final String text;

        Chunked(String text) {
            this.text = text;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            return ChatResponse.builder().aiMessage(AiMessage.from(text)).finishReason(FinishReason.STOP).build();
        }

        @Override
        public ChatResponse chat(ChatRequest request, Consumer<String> onToken) {
            for (int i = 0; i < text.length(); i += 3) {
                onToken.accept(text.substring(i, Math.min(text.length(), i + 3)));
            }
            return chat(request);
        }
    }
}
