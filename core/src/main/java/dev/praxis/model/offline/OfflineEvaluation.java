package dev.praxis.model.offline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Measures how well a model maps labelled requests to tool calls: top-1 tool accuracy (the first call names
 * the expected tool) and exact-argument accuracy (same tool and exactly the expected arguments; numbers
 * compared by value). Used by the offline-mode harness; works with any {@link ChatModel}.
 */
public final class OfflineEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The figures for one request set, with the requests that missed. */
    public record Report(int total, int toolHits, int exactHits, List<String> misses) {
        /**
         * The share of requests whose first call named the labelled tool.
         *
         * @return a percentage, 0 for an empty set
         */
        public double toolAccuracy() {
            return total == 0 ? 0 : 100.0 * toolHits / total;
        }

        /**
         * The share of requests whose first call named the labelled tool with exactly the labelled arguments.
         *
         * @return a percentage, 0 for an empty set
         */
        public double argumentAccuracy() {
            return total == 0 ? 0 : 100.0 * exactHits / total;
        }
    }

    private OfflineEvaluation() {
    }

    /**
     * Reads a labelled set in the JSON format described in {@link LabelledRequest}.
     *
     * @param json the set, a JSON array
     * @return the labelled requests in file order
     */
    public static List<LabelledRequest> read(InputStream json) {
        try {
            return JSON.readValue(json, new TypeReference<List<LabelledRequest>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labelled requests", e);
        }
    }

    /**
     * Sends each request with {@code tools} offered and compares the first tool call with the label.
     *
     * @param model the model under test
     * @param tools the tools offered with every request
     * @param set   the labelled requests
     * @return the figures and the requests that missed
     */
    public static Report evaluate(ChatModel model, List<ToolSpecification> tools, List<LabelledRequest> set) {
        int toolHits = 0;
        int exactHits = 0;
        List<String> misses = new ArrayList<>();
        for (LabelledRequest labelled : set) {
            ChatResponse response = model.chat(ChatRequest.builder().messages(UserMessage.from(labelled.request()))
                    .toolSpecifications(tools).build());
            List<ToolExecutionRequest> calls = response.aiMessage().toolExecutionRequests();
            ToolExecutionRequest call = calls.isEmpty() ? null : calls.get(0);
            boolean toolHit = call != null && call.name().equals(labelled.tool());
            boolean exact = toolHit && sameArguments(labelled.arguments(), read(call.arguments()));
            toolHits += toolHit ? 1 : 0;
            exactHits += exact ? 1 : 0;
            if (!exact) {
                misses.add(labelled.request() + " -> " + (call == null ? "no call: " + response.aiMessage().text() : call.name() + " "
                        + call.arguments()) + " (expected " + labelled.tool() + " " + labelled.arguments() + ")");
            }
        }
        return new Report(set.size(), toolHits, exactHits, misses);
    }

    /**
     * Whether {@code actual} has the same keys and values as {@code expected}; numbers equal by value (360 equals
     * 360.0, and "360" in a string equals 360), arrays element by element in order.
     *
     * @param expected the labelled arguments
     * @param actual   the arguments the model sent
     * @return whether they agree
     */
    public static boolean sameArguments(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!actual.has(field.getKey()) || !sameArguments(field.getValue(), actual.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                if (!sameArguments(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isNumber() && actual.isTextual()) {
            return textNumberEquals(expected, actual.asText());
        }
        return expected.equals(actual);
    }

    private static boolean textNumberEquals(JsonNode expected, String actual) {
        try {
            return expected.decimalValue().compareTo(new BigDecimal(actual)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json == null || json.isBlank() ? "{}" : json);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
