package dev.praxis.tool;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything the model and the agent need to know about a tool before calling it.
 *
 * @param name        unique snake_case name, e.g. {@code loan_payment}
 * @param description what the tool does, for the model
 * @param parameters  JSON schema of the arguments object (LangChain4j's type, sent as is to the model)
 * @param sideEffect  what calling it does to the world
 * @param bounds      inclusive numeric bounds by argument path ({@code "amount"}, {@code "lines[].quantity"})
 */
public record ToolSpec(String name, String description, JsonObjectSchema parameters, SideEffect sideEffect,
                       Map<String, Bounds> bounds) {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    public ToolSpec {
        Objects.requireNonNull(name, "name");
        if (!SNAKE_CASE.matcher(name).matches() || name.length() > 64) {
            throw new IllegalArgumentException("tool name must be snake_case and at most 64 characters: '" + name + "'");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("tool '" + name + "' needs a description");
        }
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(sideEffect, "sideEffect");
        bounds = Map.copyOf(bounds);
    }

    /** A spec without numeric bounds. */
    public static ToolSpec of(String name, String description, JsonObjectSchema parameters, SideEffect sideEffect) {
        return new ToolSpec(name, description, parameters, sideEffect, Map.of());
    }

    /** The LangChain4j specification sent to the model. */
    public ToolSpecification toSpecification() {
        return ToolSpecification.builder().name(name).description(description).parameters(parameters).build();
    }
}
