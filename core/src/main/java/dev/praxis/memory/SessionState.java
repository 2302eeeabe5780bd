package dev.praxis.memory;

import dev.praxis.internal.json.SharedJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.praxis.json.PraxisJson;
import dev.praxis.memory.store.ConversationStore;

import java.util.Objects;
import java.util.Optional;

/**
 * Small typed state stored with a conversation (the shopper's cart id, the account id), read and written
 * through {@link StateKey}s. Writes go straight to the store, so state is as durable as the messages.
 *
 * <pre>{@code
 * SessionState state = memory.state("s-42");
 * state.put(ACCOUNT_ID, "acc-7");
 * String account = state.get(ACCOUNT_ID).orElseThrow();
 * }</pre>
 */
public final class SessionState {

    private final ConversationStore store;
    private final String sessionId;

    SessionState(ConversationStore store, String sessionId) {
        this.store = store;
        this.sessionId = sessionId;
    }

    /**
     * The value stored under {@code key}, if any.
     *
     * @param <T> the value's type
     * @param key the key
     * @return the value, or empty
     */
    public <T> Optional<T> get(StateKey<T> key) {
        Objects.requireNonNull(key, "key");
        String json = store.state(sessionId).get(key.name());
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(SharedJson.mapper().readValue(json, key.type()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("state '" + key.name() + "' of session '" + sessionId + "' is not a "
                    + key.type().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Stores {@code value} under {@code key}, replacing any previous value.
     *
     * @param <T> the value's type
     * @param key the key
     * @param value the value
     */
    public <T> void put(StateKey<T> key, T value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        store.putState(sessionId, key.name(), PraxisJson.write(value));
    }

    /**
     * Removes the value under {@code key}, if any.
     *
     * @param key the key
     */
    public void remove(StateKey<?> key) {
        Objects.requireNonNull(key, "key");
        store.removeState(sessionId, key.name());
    }
}
