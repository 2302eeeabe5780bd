package dev.praxis.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.tool.ToolResult;

/**
 * One tool call of a run, as it appears in the run record's {@code tool_calls}.
 *
 * @param id         the call id (generated when the model sent none)
 * @param agent      the agent that made the call (differs from the run's agent for delegated calls)
 * @param name       the tool name the model asked for, which may not exist
 * @param arguments  the arguments as a JSON object, or as a JSON string when they were not valid JSON; values of
 *                   secret-named fields (password, api_key, ..._token) and secret-looking strings are masked as
 *                   {@code ***} (see {@link dev.praxis.internal.text.Redaction#redact(JsonNode, Iterable)})
 * @param outcome    ok, error or denied
 * @param result     the tool's result; null unless ok
 * @param error      the error or denial message, redacted like the arguments; null when ok
 * @param durationMs how long the call took, approval wait included
 */
public record ToolCallRecord(String id, String agent, String name, JsonNode arguments, ToolResult.Outcome outcome,
                             JsonNode result, String error, long durationMs) {

    static ToolCallRecord of(String id, String agent, String name, JsonNode arguments, ToolResult result,
                             long durationMs) {
        return new ToolCallRecord(id, agent, name, arguments, result.outcome(), result.result(), result.error(),
                durationMs);
    }
}
