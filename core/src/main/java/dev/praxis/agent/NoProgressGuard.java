package dev.praxis.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.tool.ToolResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Stops a run that goes round in circles, after one nudge, with {@link StopReason#NO_PROGRESS}:
 * <ul>
 *   <li>the same tool with the same arguments returned the same result twice: the second result carries a note
 *       telling the model so, and a third identical call is not run but ends the run;</li>
 *   <li>{@code maxIdleSteps} model steps in a row whose tool calls brought no result the run had not seen: the
 *       step before the last gets a nudge (sent once, not stored), the last ends the run.</li>
 * </ul>
 * Arguments compare as JSON values, so key order and number spelling do not hide a repeat.
 */
final class NoProgressGuard implements Interceptor {

    static final String REPEAT_NOTE = "You already called this tool with the same arguments and got this same"
            + " result. Do not call it again with these arguments: use the result, change the arguments, or answer.";
    static final String IDLE_NUDGE = "Your last tool calls returned nothing new. Answer the user now from what you"
            + " have, or do something different; repeating the same calls will end this request.";

    private final int maxIdleSteps;

    NoProgressGuard(int maxIdleSteps) {
        if (maxIdleSteps < 2) {
            throw new IllegalArgumentException("maxIdleSteps must be >= 2, got " + maxIdleSteps);
        }
        this.maxIdleSteps = maxIdleSteps;
    }

    @Override
    public ToolResult interceptTool(ToolChain chain) throws InterruptedException {
        ToolCall call = chain.call();
        State state = ((RunContext) chain.run()).progress;
        Seen before = state.seen(call);
        if (before != null && before.repeats >= 2) {
            throw new StopRunException(StopReason.NO_PROGRESS, "the model called " + call.name()
                    + " a third time with the same arguments after getting the same result twice");
        }
        ToolResult result = chain.proceed(call);
        if (before != null && before.result.equals(result)) {
            state.repeated(before);
            return withNote(result);
        }
        state.learned(call, before, result);
        return result;
    }

    @Override
    public ChatResponse interceptModel(ModelChain chain) {
        State state = ((RunContext) chain.run()).progress;
        int idle = state.endStep();
        if (idle >= maxIdleSteps) {
            throw new StopRunException(StopReason.NO_PROGRESS, idle + " steps in a row brought no new tool result");
        }
        if (idle == maxIdleSteps - 1) {
            List<ChatMessage> messages = new ArrayList<>(chain.request().messages());
            messages.add(UserMessage.from(IDLE_NUDGE));
            return chain.proceed(chain.request().toBuilder().messages(messages).build());
        }
        return chain.proceed(chain.request());
    }

    private static ToolResult withNote(ToolResult result) {
        if (result.isOk()) {
            ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
            wrapped.set("result", result.result());
            wrapped.put("note", REPEAT_NOTE);
            return ToolResult.ok(wrapped);
        }
        return new ToolResult(result.outcome(), null, result.error() + " " + REPEAT_NOTE);
    }

    /** One distinct call of the run (tool and arguments) and what it last returned. */
    static final class Seen {
        final String tool;
        final JsonNode arguments;
        ToolResult result;
        int repeats = 1;

        Seen(String tool, JsonNode arguments, ToolResult result) {
            this.tool = tool;
            this.arguments = arguments;
            this.result = result;
        }
    }

    /**
     * Per run: what each call returned, and how many steps in a row learned nothing. A run makes few calls, so a
     * list scanned by tool name first costs less than hashing every argument tree.
     */
    static final class State {
        // Created on the first tool call: many runs make none.
        private java.util.ArrayList<Seen> seen;
        private int callsThisStep;
        private int newThisStep;
        private int idleSteps;

        synchronized Seen seen(ToolCall call) {
            if (seen == null) {
                return null;
            }
            for (int i = 0, n = seen.size(); i < n; i++) {
                Seen s = seen.get(i);
                if (s.tool.equals(call.name()) && s.arguments.equals(call.arguments())) {
                    return s;
                }
            }
            return null;
        }

        synchronized void repeated(Seen entry) {
            entry.repeats++;
            callsThisStep++;
        }

        synchronized void learned(ToolCall call, Seen before, ToolResult result) {
            if (before != null) {
                before.result = result;
                before.repeats = 1;
            } else {
                if (seen == null) {
                    seen = new java.util.ArrayList<>(4);
                }
                seen.add(new Seen(call.name(), call.arguments(), result));
            }
            callsThisStep++;
            newThisStep++;
        }

        /** Closes the step that led to this model call; returns the idle steps in a row so far. */
        synchronized int endStep() {
            if (callsThisStep > 0) {
                idleSteps = newThisStep == 0 ? idleSteps + 1 : 0;
            }
            callsThisStep = 0;
            newThisStep = 0;
            return idleSteps;
        }
    }
}
