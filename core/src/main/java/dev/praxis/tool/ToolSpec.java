package dev.praxis.tool;

import dev.langchain4j.agent.tool.ToolSpecification;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * @param sizeLimits  the most elements of an array or characters of a string, by argument path
 *                    ({@code "flows"}, {@code "lines[].sku"}); arrays and strings not listed get
 *                    {@link #DEFAULT_MAX_ITEMS} and {@link #DEFAULT_MAX_LENGTH}
 */
public record ToolSpec(String name, String description, JsonObjectSchema parameters, SideEffect sideEffect,
                       Map<String, Bounds> bounds, Map<String, Integer> sizeLimits) {

    /**
     * Most elements of an array argument without a declared limit. A model writes every element token by token,
     * so a hundred is already a long call; tools that take more (a monthly schedule) declare their own.
     */
    public static final int DEFAULT_MAX_ITEMS = 100;

    /** Most characters of a string argument without a declared limit: a long paragraph, far above any id or name. */
    public static final int DEFAULT_MAX_LENGTH = 4_000;

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    /**
     * Checks the name, the description and the limits.
     *
     * @param name unique snake_case name, e.g. {@code loan_payment}
     * @param description what the tool does, for the model
     * @param parameters JSON schema of the arguments object (LangChain4j's type, sent as is to the model)
     * @param sideEffect what calling it does to the world
     * @param bounds inclusive numeric bounds by argument path ({@code "amount"}, {@code "lines[].quantity"})
     * @param sizeLimits the most elements of an array or characters of a string, by argument path
     */
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
        sizeLimits = Map.copyOf(sizeLimits);
        sizeLimits.forEach((path, limit) -> {
            if (limit < 1) {
                throw new IllegalArgumentException("size limit of '" + path + "' must be at least 1, got " + limit);
            }
        });
    }

    /**
     * A spec whose arrays and strings all get the default size limits.
     *
     * @param name the tool's snake_case name
     * @param description what the tool does, for the model
     * @param parameters the arguments' schema
     * @param sideEffect what calling it changes
     * @param bounds numeric bounds by argument path
     */
    public ToolSpec(String name, String description, JsonObjectSchema parameters, SideEffect sideEffect,
                    Map<String, Bounds> bounds) {
        this(name, description, parameters, sideEffect, bounds, Map.of());
    }

    /**
     * A spec without numeric bounds, its arrays and strings limited by the defaults.
     *
     * @param name the tool's snake_case name
     * @param description what the tool does, for the model
     * @param parameters the arguments' schema
     * @param sideEffect what calling it changes
     * @return the spec
     */
    public static ToolSpec of(String name, String description, JsonObjectSchema parameters, SideEffect sideEffect) {
        return new ToolSpec(name, description, parameters, sideEffect, Map.of());
    }

    /**
     * The complete JSON schema of the arguments, with what LangChain4j's schema types cannot carry:
     * {@code maxItems}, {@code maxLength}, {@code minimum} and {@code maximum}, and {@code additionalProperties:
     * false} on every object. {@link #toSpecification()} sends the LangChain4j schema, which states those limits in
     * the parameter descriptions instead; this one is for tool listings and for clients that take raw JSON schema.
     *
     * @return the schema
     */
    public ObjectNode jsonSchema() {
        return SchemaJson.of(parameters, bounds, sizeLimits);
    }

    /**
     * The key under which {@link #toSpecification()} records the side effect (its enum name) in the specification's
     * metadata, for models that act on it: offline mode never calls a side-effecting tool from a question. Model
     * clients do not send this metadata to a server.
     */
    public static final String SIDE_EFFECT_METADATA = "praxis_side_effect";

    /**
     * The LangChain4j specification sent to the model, with the side effect in its metadata.
     *
     * @return the specification
     */
    public ToolSpecification toSpecification() {
        return ToolSpecification.builder().name(name).description(description).parameters(parameters)
                .metadata(Map.of(SIDE_EFFECT_METADATA, sideEffect.name())).build();
    }
}
