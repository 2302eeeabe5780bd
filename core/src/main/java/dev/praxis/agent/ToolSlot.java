package dev.praxis.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolResult;

import java.util.concurrent.TimeUnit;

/** One tool call of a step, from the model's request to its recorded result. */
final class ToolSlot {

    final ToolExecutionRequest request;
    /** The arguments as the run record shows them (redacted, or a placeholder when refused unread). */
    JsonNode recordedArguments;
    /** The tool and the validated call; null when the call was refused before the chain. */
    Tool tool;
    ToolCall call;
    /** The arguments as checked, a copy apart from {@code call}'s, so that an interceptor's change in place shows. */
    JsonNode checkedArguments;
    /** What the tool itself returned, once it ran (an interceptor may still change what the model sees). */
    volatile ToolResult ran;
    /** What the model gets and the record shows. */
    ToolResult result;
    volatile long submittedNanos;
    private volatile long startNanos;
    private volatile long endNanos;

    ToolSlot(ToolExecutionRequest request) {
        this.request = request;
    }

    SideEffect sideEffect() {
        return call.sideEffect();
    }

    void started() {
        startNanos = System.nanoTime();
    }

    void finished() {
        if (startNanos != 0 && endNanos == 0) {
            endNanos = System.nanoTime();
        }
    }

    /** The call's own time, from when its tool started to when it ended (0 when it never ran). */
    long durationMillis() {
        if (startNanos == 0) {
            return 0;
        }
        long end = endNanos == 0 ? System.nanoTime() : endNanos;
        return TimeUnit.NANOSECONDS.toMillis(end - startNanos);
    }
}
