package dev.praxis.healthcare.safety;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.agent.Interceptor;
import dev.praxis.event.AgentEvent;
import dev.praxis.event.AgentListener;
import dev.praxis.tool.ToolResult;

import java.util.List;
import java.util.Objects;

/**
 * Keeps PHI out of what an agent records: an {@link Interceptor} that masks known PHI in every tool result and
 * error before the model, the run record or the trace sees it, and in every model reply (its text, which becomes
 * the run record's answer, and its tool-call arguments), and a wrapper for any {@link AgentListener}
 * (such as core's {@code Slf4jAgentListener}) that masks the events it receives. Register both on the agent;
 * the clinic agent does.
 *
 * <pre>{@code
 * PhiGuard guard = new PhiGuard(redactor);
 * Agent.builder()...interceptor(guard.interceptor()).listener(guard.listener(new Slf4jAgentListener()));
 * }</pre>
 *
 * @param redactor the redactor that knows the patients
 */
public record PhiGuard(PhiRedactor redactor) {

    /**
     * Checks the redactor is present.
     *
     * @param redactor the redactor that knows the patients
     */
    public PhiGuard {
        Objects.requireNonNull(redactor, "redactor");
    }

    /**
     * The interceptor that masks tool results and errors.
     *
     * @return the interceptor
     */
    public Interceptor interceptor() {
        return new Interceptor() {
            @Override
            public ChatResponse interceptModel(ModelChain chain) {
                return masked(chain.proceed(chain.request()));
            }

            @Override
            public ToolResult interceptTool(ToolChain chain) throws InterruptedException {
                return masked(chain.proceed(chain.call()));
            }
        };
    }

    /**
     * {@code delegate} fed with masked events: the user's message, tool arguments, results and errors, streamed
     * text and model errors.
     *
     * @param delegate the listener to protect
     * @return the masking listener
     */
    public AgentListener listener(AgentListener delegate) {
        Objects.requireNonNull(delegate, "delegate");
        return event -> delegate.onEvent(masked(event));
    }

    /** The model's reply with known PHI masked in its text and tool-call arguments: the answer is recorded. */
    private ChatResponse masked(ChatResponse response) {
        AiMessage reply = response.aiMessage();
        if (reply == null) {
            return response;
        }
        List<ToolExecutionRequest> calls = reply.toolExecutionRequests() == null ? List.of()
                : reply.toolExecutionRequests().stream().map(c -> c.toBuilder()
                        .arguments(redactor.redact(c.arguments())).build()).toList();
        String text = redactor.redact(reply.text());
        AiMessage masked = text == null ? AiMessage.from(calls)
                : calls.isEmpty() ? AiMessage.from(text) : AiMessage.from(text, calls);
        return response.toBuilder().aiMessage(masked).build();
    }

    private ToolResult masked(ToolResult result) {
        return new ToolResult(result.outcome(), redactor.redact(result.result()),
                result.error() == null ? null : redactor.redact(result.error()));
    }

    private AgentEvent masked(AgentEvent event) {
        if (event instanceof AgentEvent.RunStarted e) {
            return new AgentEvent.RunStarted(e.runId(), e.agent(), e.sessionId(), redactor.redact(e.message()));
        } else if (event instanceof AgentEvent.ToolStarted e) {
            return new AgentEvent.ToolStarted(e.runId(), e.agent(), e.callId(), e.tool(),
                    redactor.redact(e.arguments()));
        } else if (event instanceof AgentEvent.ToolFinished e) {
            return new AgentEvent.ToolFinished(e.runId(), e.agent(), e.callId(), e.tool(), masked(e.result()),
                    e.durationMs());
        } else if (event instanceof AgentEvent.TokenReceived e) {
            return new AgentEvent.TokenReceived(e.runId(), e.agent(), redactor.redact(e.text()));
        } else if (event instanceof AgentEvent.ModelResponded e && e.error() != null) {
            return new AgentEvent.ModelResponded(e.runId(), e.agent(), e.callIndex(), e.inputTokens(),
                    e.outputTokens(), e.toolCalls(), e.durationMs(), redactor.redact(e.error()));
        }
        return event;
    }
}
