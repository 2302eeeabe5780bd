package dev.praxis.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.util.function.Consumer;

/**
 * A chat model that can also hand over the answer's text as it is generated. The agent uses
 * {@link #chat(ChatRequest, Consumer)} when a caller wants tokens (the CLI's {@code chat}); the complete
 * response, tool calls assembled, is returned as from {@link ChatModel#chat(ChatRequest)}.
 *
 * <p>A model may own resources (a network backend from {@link Models#create} owns its HTTP connection pool and a
 * timer and stream-reader threads); whoever creates it closes it, e.g. {@code try (TokenStreamingModel model =
 * Models.create(spec, options)) { ... }}. Closing is idempotent; a model that owns nothing need not override it.
 */
public interface TokenStreamingModel extends ChatModel, AutoCloseable {

    /**
     * Sends {@code request}, passing each fragment of answer text to {@code onToken} as it arrives, and
     * returns the complete response. Tool-call markup and reasoning are never passed to {@code onToken}.
     *
     * @param request the request
     * @param onToken receives each fragment of answer text
     * @return the complete response
     */
    ChatResponse chat(ChatRequest request, Consumer<String> onToken);

    /** Releases what the model owns (connections, threads); it cannot be used afterwards. Does nothing by default. */
    @Override
    default void close() {
    }
}
