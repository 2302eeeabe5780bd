package dev.praxis.agent;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One turn for an agent: who is talking, in which conversation, what they said.
 *
 * @param sessionId the conversation; history and session-scoped tools (carts, accounts) key on it
 * @param userId    the person, for long-term memory; defaults to the session id
 * @param message   what the user said; not blank (refused here, before any run starts)
 * @param onToken   receives answer text as it streams, when the model can stream
 */
public record RunRequest(String sessionId, String userId, String message, Optional<Consumer<String>> onToken) {

    /**
     * Checks that the session, the user and the message are not blank.
     *
     * @param sessionId the conversation; history and session-scoped tools (carts, accounts) key on it
     * @param userId the person, for long-term memory; defaults to the session id
     * @param message what the user said; not blank (refused here, before any run starts)
     * @param onToken receives answer text as it streams, when the model can stream
     */
    public RunRequest {
        requireText("sessionId", sessionId);
        requireText("userId", userId);
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank: there is nothing for the agent to do");
        }
        Objects.requireNonNull(onToken, "onToken");
    }

    /**
     * A request of the session's own user (the user id is the session id), not streamed.
     *
     * @param sessionId the conversation
     * @param message the user's message
     * @return the request
     */
    public static RunRequest of(String sessionId, String message) {
        return new RunRequest(sessionId, sessionId, message, Optional.empty());
    }

    /**
     * This request made by another user.
     *
     * @param user the user id
     * @return the new request
     */
    public RunRequest withUser(String user) {
        return new RunRequest(sessionId, user, message, onToken);
    }

    /**
     * This request with the answer streamed to {@code tokens} as it is generated.
     *
     * @param tokens receives each piece of the answer text
     * @return the new request
     */
    public RunRequest streaming(Consumer<String> tokens) {
        return new RunRequest(sessionId, userId, message, Optional.of(tokens));
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
