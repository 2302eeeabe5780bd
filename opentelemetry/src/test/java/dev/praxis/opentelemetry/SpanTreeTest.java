package dev.praxis.opentelemetry;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.praxis.agent.Agent;
import dev.praxis.ecommerce.EcommercePack;
import dev.praxis.testing.ScriptedChatModel;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static dev.praxis.opentelemetry.AgentTracingTest.servedAnswer;
import static dev.praxis.opentelemetry.AgentTracingTest.servedCalls;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints the span tree of one shop run with two tool calls (indented names with their key attributes) to
 * target/span-tree.txt; docs/observability.md shows its output.
 */
class SpanTreeTest {

    /** The attributes shown per span, in this order, when present. */
    private static final List<AttributeKey<?>> SHOWN = List.of(GenAi.AGENT_NAME, GenAi.CONVERSATION_ID,
            GenAi.STOP_REASON, GenAi.REQUEST_MODEL, GenAi.RESPONSE_MODEL, GenAi.SERVER_ADDRESS, GenAi.SERVER_PORT,
            GenAi.INPUT_TOKENS, GenAi.OUTPUT_TOKENS, GenAi.FINISH_REASONS, GenAi.TOOL_NAME, GenAi.TOOL_CALL_ID,
            GenAi.TOOL_OUTCOME, GenAi.ERROR_TYPE);

    @Test
    void printsTheSpanTreeOfAShopRun() throws IOException {
        try (InMemoryTelemetry otel = new InMemoryTelemetry()) {
            PraxisTelemetry telemetry = PraxisTelemetry.builder(otel.api()).requestModel("qwen3:8b")
                    .provider("openai").server(URI.create("http://localhost:11434/v1")).build();
            ScriptedChatModel model = ScriptedChatModel.of(
                    servedCalls(ToolExecutionRequest.builder().id("call_1").name("search_products")
                            .arguments("{\"query\":\"trail boot\",\"mode\":\"KEYWORD\"}").build(),
                            ToolExecutionRequest.builder().id("call_2").name("search_products")
                                    .arguments("{\"query\":\"rain jacket\",\"mode\":\"KEYWORD\"}").build()),
                    servedAnswer("We have trail boots and rain jackets."));
            Agent shop = Agent.builder().name("shop").instructions("You help shoppers.").model(model)
                    .tools(EcommercePack.builder().build().tools())
                    .interceptor(telemetry.interceptor()).listener(telemetry.listener()).build();

            shop.run("session-7", "Trail boots and a rain jacket?");

            String tree = tree(otel.finishedSpans());
            System.out.println(tree);
            Path out = Path.of("target", "span-tree.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, tree);
            assertThat(tree.lines()).hasSize(5);
            assertThat(tree.lines().findFirst().orElseThrow()).startsWith("invoke_agent shop ");
            assertThat(tree).contains("\n  chat qwen3:8b ").contains("\n  execute_tool search_products ");
        }
    }

    /** Children under parents, two spaces per level, siblings by start time. */
    static String tree(List<SpanData> spans) {
        StringBuilder out = new StringBuilder();
        spans.stream().filter(s -> !s.getParentSpanContext().isValid()).forEach(root -> print(root, spans, 0, out));
        return out.toString();
    }

    private static void print(SpanData span, List<SpanData> spans, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(span.getName()).append(' ').append(attributes(span)).append('\n');
        spans.stream().filter(s -> s.getParentSpanId().equals(span.getSpanId()))
                .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
                .forEach(child -> print(child, spans, depth + 1, out));
    }

    private static String attributes(SpanData span) {
        StringBuilder shown = new StringBuilder("{");
        for (AttributeKey<?> key : SHOWN) {
            Object value = span.getAttributes().get(key);
            if (value != null) {
                shown.append(shown.length() > 1 ? ", " : "").append(key.getKey()).append('=').append(value);
            }
        }
        return shown.append('}').toString();
    }
}
