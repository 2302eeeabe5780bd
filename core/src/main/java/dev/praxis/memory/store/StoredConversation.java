package dev.praxis.memory.store;

import dev.praxis.internal.memory.MessageSnapshot;

import dev.langchain4j.data.message.ChatMessage;

import java.util.List;
import java.util.Map;

/**
 * A session as loaded from a {@link ConversationStore}: its messages oldest first, its version (the message
 * count, to pass back to {@link ConversationStore#append}) and its state entries (key to JSON text).
 */
public record StoredConversation(List<ChatMessage> messages, long version, Map<String, String> state) {

    /**
     * Copies the messages and the state and checks that the version equals the message count.
     *
     * @param messages the messages, oldest first
     * @param version the message count
     * @param state the state entries, key to JSON text
     */
    public StoredConversation {
        messages = messages instanceof MessageSnapshot ? messages : List.copyOf(messages);
        state = Map.copyOf(state);
        if (version != messages.size()) {
            throw new IllegalArgumentException("version must equal the message count " + messages.size()
                    + ", got " + version);
        }
    }

    /**
     * The conversation of a session that does not exist yet.
     *
     * @return an empty conversation at version 0
     */
    public static StoredConversation empty() {
        return new StoredConversation(List.of(), 0, Map.of());
    }
}
