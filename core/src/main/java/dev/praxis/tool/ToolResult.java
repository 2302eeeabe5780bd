package dev.praxis.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.json.PraxisJson;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What came of one tool call: its result on success, or an error or denial message for the model.
 *
 * @param outcome whether it ran, failed or was denied
 * @param result  the tool's JSON result; null unless {@code outcome} is {@link Outcome#OK}
 * @param error   the message for the model; null when {@code outcome} is {@link Outcome#OK}
 */
public record ToolResult(Outcome outcome, @Nullable JsonNode result, @Nullable String error) {

    /**
     * The ways a call can end; serialised in lower case in run records. {@link #UNKNOWN} is for a side-effecting
     * call whose effect may or may not have happened (it was cut off by its deadline or failed half-way): it is
     * never retried automatically, and the model is told to check the state before trying again.
     */
    public enum Outcome {
        /** The tool ran and returned a value. */
        OK,
        /** The tool failed or the arguments were invalid; nothing happened. */
        ERROR,
        /** The call was not approved and did not run. */
        DENIED,
        /** A side-effecting call whose effect is not known. */
        UNKNOWN;

        /**
         * The lower-case name used in JSON.
         *
         * @return the name
         */
        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Checks that an ok result has a value and any other outcome an error message.
     *
     * @param outcome whether it ran, failed or was denied
     * @param result the tool's JSON result; null unless {@code outcome} is {@link Outcome#OK}
     * @param error the message for the model; null when {@code outcome} is {@link Outcome#OK}
     */
    public ToolResult {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.OK && result == null) {
            throw new IllegalArgumentException("an ok result needs a value");
        }
        if (outcome != Outcome.OK && (error == null || error.isBlank())) {
            throw new IllegalArgumentException("an " + outcome.json() + " result needs a message");
        }
    }

    /**
     * A successful result.
     *
     * @param value the value, converted to JSON
     * @return the result
     */
    public static ToolResult ok(Object value) {
        return new ToolResult(Outcome.OK, value instanceof JsonNode n ? n : node(value), null);
    }

    /** Scalars become nodes directly (most tool results are small); everything else goes through Jackson. */
    private static JsonNode node(Object value) {
        if (value instanceof String text) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
        }
        if (value instanceof Integer number) {
            return com.fasterxml.jackson.databind.node.IntNode.valueOf(number);
        }
        if (value instanceof Long number) {
            return com.fasterxml.jackson.databind.node.LongNode.valueOf(number);
        }
        if (value instanceof java.math.BigDecimal number) {
            return com.fasterxml.jackson.databind.node.DecimalNode.valueOf(number);
        }
        if (value instanceof Boolean flag) {
            return com.fasterxml.jackson.databind.node.BooleanNode.valueOf(flag);
        }
        return PraxisJson.tree(value);
    }

    /**
     * A failed call.
     *
     * @param message what went wrong, for the model
     * @return the result
     */
    public static ToolResult error(String message) {
        return new ToolResult(Outcome.ERROR, null, message);
    }

    /**
     * A call that was not approved.
     *
     * @param message why, for the model
     * @return the result
     */
    public static ToolResult denied(String message) {
        return new ToolResult(Outcome.DENIED, null, message);
    }

    /**
     * A side-effecting call whose effect is not known; see {@link Outcome#UNKNOWN}.
     *
     * @param message what happened, for the model
     * @return the result
     */
    public static ToolResult unknown(String message) {
        return new ToolResult(Outcome.UNKNOWN, null, message);
    }

    /**
     * Whether the tool ran and returned a value.
     *
     * @return true for {@code OK}
     */
    public boolean isOk() {
        return outcome == Outcome.OK;
    }

    /**
     * The text sent back to the model: the JSON result, or {@code {"error": ...}} / {@code {"denied": ...}} /
     * {@code {"outcome_unknown": ...}}.
     * Always JSON, so the model reads it as data and never as instructions appended to its prompt.
     *
     * @return the JSON text
     */
    public String toModelText() {
        if (outcome == Outcome.OK) {
            if (result.isTextual()) {
                return PraxisJson.write(result);
            }
            // Integers, booleans and null print the same as JSON without going through a writer.
            return result.isIntegralNumber() || result.isBoolean() || result.isNull() ? result.asText()
                    : result.toString();
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put(switch (outcome) {
            case DENIED -> "denied";
            case UNKNOWN -> "outcome_unknown";
            default -> "error";
        }, error);
        return node.toString();
    }
}
