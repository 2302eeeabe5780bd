package dev.praxis.model;

import dev.langchain4j.model.chat.response.ChatResponseMetadata;

import java.util.Objects;

/**
 * Response metadata that also carries the {@link ModelCallTrace}: every response from
 * {@link ResilientChatModel} has it, so the agent reads
 * {@code response.metadata() instanceof TracedResponseMetadata t ? t.trace() : ...}. Id, model name, token
 * usage and finish reason are kept from the backend's metadata.
 */
public final class TracedResponseMetadata extends ChatResponseMetadata {

    private final ModelCallTrace trace;

    private TracedResponseMetadata(Builder builder) {
        super(builder);
        this.trace = Objects.requireNonNull(builder.trace, "trace");
    }

    /**
     * Copies {@code original} and adds {@code trace}.
     *
     * @param original the response's metadata
     * @param trace the call's trace
     * @return the metadata with the trace
     */
    public static TracedResponseMetadata of(ChatResponseMetadata original, ModelCallTrace trace) {
        Builder builder = new Builder();
        if (original != null) {
            builder.id(original.id()).modelName(original.modelName()).tokenUsage(original.tokenUsage())
                    .finishReason(original.finishReason());
        }
        builder.trace = trace;
        return new TracedResponseMetadata(builder);
    }

    /**
     * What happened during the call: attempts, failures, fallback and cost.
     *
     * @return the trace
     */
    public ModelCallTrace trace() {
        return trace;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TracedResponseMetadata other && super.equals(o) && trace.equals(other.trace);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + trace.hashCode();
    }

    @Override
    public String toString() {
        return "TracedResponseMetadata{" + super.toString() + ", trace=" + trace + "}";
    }

    private static final class Builder extends ChatResponseMetadata.Builder<Builder> {
        private ModelCallTrace trace;

        @Override
        public TracedResponseMetadata build() {
            return new TracedResponseMetadata(this);
        }
    }
}
