package dev.praxis.agent;

import dev.praxis.json.PraxisJson;

import dev.praxis.model.ModelCost;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import dev.praxis.approval.PendingApproval;

/**
 * Everything one run did, serialisable to JSON with snake_case keys. This is a public contract: the CLI's
 * {@code --json} prints exactly {@link #toJson()}.
 *
 * <pre>{@code
 * {"run_id":"...","agent":"finance","session_id":"s1","answer":"...","stop_reason":"COMPLETED",
 *  "tool_calls":[{"id":"call_1","name":"loan_payment","arguments":{...},"outcome":"ok","result":{...},"duration_ms":3}],
 *  "model_calls":[{"usage":{"input_tokens":120,...},...}], "usage":{...}, "duration_ms":41}
 * }</pre>
 *
 * @param runId      unique id of the run
 * @param agent      the agent that ran
 * @param sessionId  the conversation
 * @param answer     the final answer; for runs that did not complete, a short statement of why
 * @param stopReason why the run ended
 * @param error      what went wrong, for runs that ended on an error; null otherwise
 * @param toolCalls  every tool call, delegated ones included, in order
 * @param modelCalls every model call, delegated ones included, in order
 * @param usage      total tokens
 * @param cost       total cost ({@code {"amount": ..., "currency": ...}}) when calls are priced; null otherwise
 * @param pendingApproval the approval the run stopped to wait for ({@link StopReason#AWAITING_APPROVAL})
 * @param startedAt  when the run started
 * @param durationMs wall-clock time of the run
 */
public record RunRecord(String runId, String agent, String sessionId, String answer, StopReason stopReason,
                        String error, List<ToolCallRecord> toolCalls, List<ModelCallRecord> modelCalls, Usage usage,
                        ModelCost cost, Optional<PendingApproval> pendingApproval, Instant startedAt,
                        long durationMs) {

    /**
     * Copies the lists.
     *
     * @param runId unique id of the run
     * @param agent the agent that ran
     * @param sessionId the conversation
     * @param answer the final answer; for runs that did not complete, a short statement of why
     * @param stopReason why the run ended
     * @param error what went wrong, for runs that ended on an error; null otherwise
     * @param toolCalls every tool call, delegated ones included, in order
     * @param modelCalls every model call, delegated ones included, in order
     * @param usage total tokens
     * @param cost total cost ({@code {"amount": ..., "currency": ...}}) when calls are priced; null otherwise
     * @param pendingApproval the approval the run stopped to wait for ({@link StopReason#AWAITING_APPROVAL})
     * @param startedAt when the run started
     * @param durationMs wall-clock time of the run
     */
    public RunRecord {
        toolCalls = List.copyOf(toolCalls);
        modelCalls = List.copyOf(modelCalls);
        Objects.requireNonNull(pendingApproval, "pendingApproval");
    }

    /**
     * Whether the model gave a final answer.
     *
     * @return true when the stop reason is {@code COMPLETED}
     */
    public boolean completed() {
        return stopReason == StopReason.COMPLETED;
    }

    /**
     * The record as compact JSON with snake_case keys.
     *
     * @return the JSON text
     */
    public String toJson() {
        return PraxisJson.write(this);
    }
}
