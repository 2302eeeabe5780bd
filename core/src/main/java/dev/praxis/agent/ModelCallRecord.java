package dev.praxis.agent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One model call of a run, as it appears in the run record's {@code model_calls}.
 *
 * @param agent        the agent that made the call
 * @param model        the model name reported by the server, when known
 * @param usage        tokens of this call
 * @param finishReason why the model stopped, when reported
 * @param toolCalls    how many tool calls the response asked for
 * @param durationMs   wall-clock time of the call, retries included
 * @param trace        what the resilience layer did (attempts, retries, fallback), when the model reports it
 * @param error        the failure message when the call failed
 */
public record ModelCallRecord(String agent, String model, Usage usage, String finishReason, int toolCalls,
                              long durationMs, JsonNode trace, String error) {
}
