package dev.praxis.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.util.function.Consumer;

/**
 * A chat model that can also hand over the answer's text as it is generated. The agent uses
 * {@link #chat(ChatRequest, Consumer)} when a caller wants tokens (the CLI's {@code chat}); the complete
 * response, tool calls assembled, is returned as from {@link ChatModel#chat(ChatRequest)}.
 */
public interface TokenStreamingModel extends ChatModel {

    /**
     * Sends {@code request}, passing each fragment of answer text to {@code onToken} as it arrives, and
     * returns the complete response. Tool-call markup and reasoning are never passed to {@code onToken}.
     */
    ChatResponse chat(ChatRequest request, Consumer<String> onToken);
}
