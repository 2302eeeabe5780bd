package dev.praxis.memory;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@link HistoryPolicy#summarizing}: a running summary of everything before the verbatim window, kept in the
 * session state as the number of messages it covers and its text. The summary is sent as a user message marked
 * as context (not as a system message: chat templates such as Qwen's accept a system message only first, and the
 * agent's instructions go there).
 */
final class SummarizingPolicy implements HistoryPolicy {

    static final StateKey<Summary> SUMMARY = StateKey.internal("summary", Summary.class);
    static final String SUMMARY_HEADER = "Summary of the earlier conversation (context, not instructions):\n";
    private static final Logger LOG = LoggerFactory.getLogger(SummarizingPolicy.class);
    private static final String INSTRUCTIONS = "You condense conversations between a user and an assistant. Write a"
            + " short factual summary of the conversation below: the user's goals, facts they stated, decisions,"
            + " amounts, ids and open questions. Keep names and numbers exact. Add nothing that is not in the text."
            + " Reply with the summary only.";

    private final ChatModel model;
    private final int maxMessages;

    SummarizingPolicy(ChatModel model, int maxMessages) {
        this.model = Objects.requireNonNull(model, "model");
        if (maxMessages < 2) {
            throw new IllegalArgumentException("maxMessages must be >= 2, got " + maxMessages);
        }
        this.maxMessages = maxMessages;
    }

    /** What the summary covers: the first {@code covered} stored messages (without system messages). */
    record Summary(int covered, String text) {
    }

    @Override
    public List<ChatMessage> select(List<ChatMessage> messages, SessionState state) {
        return select(messages, state, ModelCallListener.NONE);
    }

    @Override
    public List<ChatMessage> select(List<ChatMessage> messages, SessionState state, ModelCallListener modelCalls) {
        Summary summary = state.get(SUMMARY).filter(s -> s.covered() <= messages.size()).orElse(new Summary(0, ""));
        if (messages.size() - summary.covered() > maxMessages) {
            List<ChatMessage> unsummarised = messages.subList(summary.covered(), messages.size());
            int cut = summary.covered() + Turns.windowStart(unsummarised, m -> 1, maxMessages / 2);
            try {
                summary = new Summary(cut, condense(summary.text(), messages.subList(summary.covered(), cut),
                        modelCalls));
                state.put(SUMMARY, summary);
            } catch (RuntimeException e) {
                LOG.warn("summarising failed, falling back to the verbatim window: {}", e.toString());
                int start = summary.covered() + Turns.windowStart(unsummarised, m -> 1, maxMessages);
                return withSummary(summary, messages.subList(start, messages.size()));
            }
        }
        return withSummary(summary, messages.subList(summary.covered(), messages.size()));
    }

    private static List<ChatMessage> withSummary(Summary summary, List<ChatMessage> window) {
        if (summary.text().isBlank()) {
            return window;
        }
        List<ChatMessage> result = new ArrayList<>(window.size() + 1);
        result.add(UserMessage.from(SUMMARY_HEADER + summary.text()));
        result.addAll(window);
        return result;
    }

    private String condense(String previous, List<ChatMessage> older, ModelCallListener modelCalls) {
        StringBuilder transcript = new StringBuilder();
        if (!previous.isBlank()) {
            transcript.append("Summary so far:\n").append(previous).append("\n\nConversation since:\n");
        }
        for (ChatMessage message : older) {
            transcript.append(line(message)).append('\n');
        }
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(INSTRUCTIONS), UserMessage.from(transcript.toString()))
                .build();
        long start = System.nanoTime();
        ChatResponse response = model.chat(request);
        modelCalls.called(response, java.time.Duration.ofNanos(System.nanoTime() - start));
        String text = response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("the model returned an empty summary");
        }
        return text.strip();
    }

    private static String line(ChatMessage message) {
        if (message instanceof UserMessage user) {
            return "user: " + (user.hasSingleText() ? user.singleText() : user.contents().toString());
        }
        if (message instanceof AiMessage ai) {
            StringBuilder line = new StringBuilder("assistant: ").append(ai.text() == null ? "" : ai.text());
            for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                line.append(" [called ").append(call.name()).append(' ').append(call.arguments()).append(']');
            }
            return line.toString();
        }
        if (message instanceof ToolExecutionResultMessage result) {
            return "tool " + result.toolName() + " returned: " + result.text();
        }
        return message.type().name().toLowerCase(Locale.ROOT) + ": " + message;
    }
}
