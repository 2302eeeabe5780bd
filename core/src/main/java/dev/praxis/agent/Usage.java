package dev.praxis.agent;

import dev.langchain4j.model.output.TokenUsage;
import org.jspecify.annotations.Nullable;

/** Token counts of a model call or of a whole run. Servers that report nothing count as zero. */
public record Usage(long inputTokens, long outputTokens, long totalTokens) {

    /** No tokens. */
    public static final Usage ZERO = new Usage(0, 0, 0);

    /**
     * The usage LangChain4j reported; null counts are zero.
     *
     * @param usage LangChain4j's token usage, or null
     * @return the usage
     */
    public static Usage of(@Nullable TokenUsage usage) {
        if (usage == null) {
            return ZERO;
        }
        long in = usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        long out = usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        long total = usage.totalTokenCount() == null ? in + out : usage.totalTokenCount();
        return new Usage(in, out, total);
    }

    /**
     * The sum of two usages.
     *
     * @param other the usage to add
     * @return the sum
     */
    public Usage plus(Usage other) {
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                totalTokens + other.totalTokens);
    }
}
