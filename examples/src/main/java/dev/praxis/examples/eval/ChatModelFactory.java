package dev.praxis.examples.eval;

import dev.langchain4j.model.chat.ChatModel;

/**
 * Makes the model for a {@code --model} spec. The CLI's builds the real clients ({@code offline},
 * {@code ollama/qwen2.5:7b}, ...); tests pass scripted models or a local fake server's client, and a replay of
 * recorded traffic plugs in here too.
 */
@FunctionalInterface
public interface ChatModelFactory {

    /** The model for {@code spec}; throws {@link IllegalArgumentException} for a spec it cannot make. */
    ChatModel open(String spec);
}
