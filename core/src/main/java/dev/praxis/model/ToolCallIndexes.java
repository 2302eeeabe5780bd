package dev.praxis.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives every tool call of one streamed reply an index of its own, before LangChain4j 1.11 assembles the calls.
 * Its assemblers ({@code ToolCallBuilder}, used by {@code OllamaClient}'s stream listener and by
 * {@code OpenAiStreamingChatModel}) treat consecutive entries with the same index as fragments of one call: they
 * keep the last name and concatenate the arguments, so five calls become one call with arguments
 * {@code {"a":1}{"a":2}...}, of which a lenient reader then runs only the first. Servers that trigger it:
 * <ul>
 *   <li>Ollama's {@code /api/chat} NDJSON, where {@code function.index} is absent (older versions and parsers,
 *   which LangChain4j reads as 0) or restarts: every entry of {@code message.tool_calls} is a whole call
 *   (arguments are a JSON object, never a fragment), so each gets the next index;</li>
 *   <li>OpenAI-compatible SSE that reuses {@code index} 0 for every call of a parallel batch, with a new
 *   {@code id} each time, or omits {@code index} (some vLLM versions, which LangChain4j fails on with a
 *   NullPointerException): a delta with an id not seen before starts a new call; a delta with a known id, or
 *   with no id, continues the call its id or index names (vLLM and Qwen repeat the id in every delta,
 *   langchain4j#4528).</li>
 * </ul>
 * Indexes are numbered 0, 1, 2... in order of first appearance. Not thread-safe: one per stream.
 */
final class ToolCallIndexes {

    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Integer, String> idOf = new HashMap<>();
    private final Map<Integer, Integer> bySentIndex = new HashMap<>();
    private int next;
    private int last = -1;

    /** Renumbers the tool calls in one NDJSON line or SSE event; whether anything changed. */
    boolean repair(JsonNode event) {
        boolean changed = false;
        for (JsonNode call : event.path("message").path("tool_calls")) {
            if (call.get("function") instanceof ObjectNode function) {
                changed |= set(function, next++);
            }
        }
        for (JsonNode choice : event.path("choices")) {
            for (JsonNode call : choice.path("delta").path("tool_calls")) {
                if (call instanceof ObjectNode delta) {
                    changed |= set(delta, indexOfDelta(delta));
                }
            }
        }
        return changed;
    }

    private int indexOfDelta(ObjectNode delta) {
        JsonNode idNode = delta.get("id");
        String id = idNode != null && idNode.isTextual() ? idNode.asText() : "";
        Integer sent = delta.hasNonNull("index") ? delta.get("index").asInt() : null;
        Integer continued = sent != null ? bySentIndex.get(sent) : last >= 0 ? Integer.valueOf(last) : null;
        int index;
        if (!id.isBlank() && byId.containsKey(id)) {
            index = byId.get(id);
        } else if (continued != null && (id.isBlank() || !idOf.containsKey(continued))) {
            // a fragment, or the first id of a call that began without one
            index = continued;
        } else {
            index = next++;
        }
        if (!id.isBlank()) {
            byId.putIfAbsent(id, index);
            idOf.putIfAbsent(index, id);
        }
        if (sent != null) {
            bySentIndex.put(sent, index);
        }
        last = index;
        return index;
    }

    private static boolean set(ObjectNode node, int index) {
        if (node.hasNonNull("index") && node.get("index").isInt() && node.get("index").asInt() == index) {
            return false;
        }
        node.put("index", index);
        return true;
    }
}
