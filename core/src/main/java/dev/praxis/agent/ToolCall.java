package dev.praxis.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.tool.SideEffect;

import java.util.Objects;

/**
 * One validated tool call as interceptors see it.
 *
 * @param id         the call id (the model's when it was unique, otherwise generated)
 * @param name       the tool
 * @param sideEffect the tool's side effect, which decides whether approval is asked
 * @param arguments  the arguments as a JSON object, already checked against the tool's schema
 */
public record ToolCall(String id, String name, SideEffect sideEffect, JsonNode arguments) {

    /**
     * Checks that every component is present.
     *
     * @param id the call id (the model's when it was unique, otherwise generated)
     * @param name the tool
     * @param sideEffect the tool's side effect, which decides whether approval is asked
     * @param arguments the arguments as a JSON object, already checked against the tool's schema
     */
    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sideEffect, "sideEffect");
        Objects.requireNonNull(arguments, "arguments");
    }

    /**
     * The same call with other arguments (validated again before the tool runs).
     *
     * @param newArguments the new arguments
     * @return the new call
     */
    public ToolCall withArguments(JsonNode newArguments) {
        return new ToolCall(id, name, sideEffect, newArguments);
    }
}
