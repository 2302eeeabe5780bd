package dev.praxis.memory;

import dev.langchain4j.model.chat.response.ChatResponse;

import java.time.Duration;

/**
 * Told of every model call a memory makes while building a history (a summarising policy condensing older
 * turns), so the agent's run counts its tokens and cost against its budgets like its own calls.
 */
@FunctionalInterface
public interface ModelCallListener {

    /** Ignores every call. */
    ModelCallListener NONE = (response, took) -> { };

    /**
     * A call the memory made, its response and how long it took.
     *
     * @param response the model's response
     * @param took how long the call took
     */
    void called(ChatResponse response, Duration took);
}
