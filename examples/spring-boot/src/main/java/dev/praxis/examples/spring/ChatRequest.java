package dev.praxis.examples.spring;

import java.util.Objects;

/**
 * The body of {@code POST /chat}.
 *
 * @param session the conversation, chosen by the client
 * @param message what the shopper wrote
 */
record ChatRequest(String session, String message) {

    ChatRequest {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(message, "message");
    }
}
