package dev.praxis.memory;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.TokenCountEstimator;

import java.util.Objects;

/**
 * Estimates how many prompt tokens a message costs, for {@link HistoryPolicy#lastTokens(int, TokenEstimator)}.
 *
 * <p>{@link #approximate()} is the default: one token per four characters of text, tool names and tool
 * arguments, plus four tokens of per-message overhead (role and separators in chat templates). It needs no
 * tokenizer and overestimates English slightly; for a model's exact tokenizer, adapt a LangChain4j
 * {@link TokenCountEstimator} with {@link #of(TokenCountEstimator)}.
 */
@FunctionalInterface
public interface TokenEstimator {

    /**
     * The estimated token count of {@code message}, at least 1.
     *
     * @param message the message
     * @return the estimate
     */
    int estimate(ChatMessage message);

    /**
     * About {@code characters / 4 + 4} tokens per message.
     *
     * @return the estimator
     */
    static TokenEstimator approximate() {
        return message -> 4 + (characters(message) + 3) / 4;
    }

    /**
     * Uses a LangChain4j estimator, e.g. {@code new OpenAiTokenCountEstimator("gpt-4o")} as an approximation.
     *
     * @param estimator LangChain4j's estimator
     * @return the estimator
     */
    static TokenEstimator of(TokenCountEstimator estimator) {
        Objects.requireNonNull(estimator, "estimator");
        return message -> Math.max(1, estimator.estimateTokenCountInMessage(message));
    }

    private static int characters(ChatMessage message) {
        if (message instanceof UserMessage user) {
            // contents() read once: hasSingleText() then singleText() walk the unmodifiable list twice.
            java.util.List<dev.langchain4j.data.message.Content> contents = user.contents();
            return contents.size() == 1 && contents.get(0) instanceof dev.langchain4j.data.message.TextContent text
                    ? text.text().length() : user.toString().length();
        }
        if (message instanceof AiMessage ai) {
            int count = ai.text() == null ? 0 : ai.text().length();
            // Indexed: an iterator per message was most of what estimating a prompt allocated.
            java.util.List<ToolExecutionRequest> requests = ai.toolExecutionRequests();
            for (int i = 0, n = requests.size(); i < n; i++) {
                ToolExecutionRequest request = requests.get(i);
                count += request.name().length() + (request.arguments() == null ? 0 : request.arguments().length());
            }
            return count;
        }
        if (message instanceof ToolExecutionResultMessage result) {
            return result.text().length();
        }
        if (message instanceof SystemMessage system) {
            return system.text().length();
        }
        return message.toString().length();
    }
}
