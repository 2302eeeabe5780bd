package dev.praxis.model;

/**
 * How tools reach the model and how its calls come back.
 * <ul>
 *   <li>{@link #AUTO} (default): native tool calling; if the server returns no native calls but leaves
 *       Qwen/Hermes {@code <tool_call>} blocks at the end of the text instead, they are parsed and executed.</li>
 *   <li>{@link #NATIVE}: native tool calling only; text is never parsed for calls.</li>
 *   <li>{@link #PROMPTED}: for servers with no tool support at all: the tool schemas are written into the
 *       system prompt in the Hermes format, no native tools are sent, and calls are parsed from the text.</li>
 * </ul>
 * In both text modes only blocks in the model's own call position count: blocks that end the reply, after at most
 * a short preamble. Call markup quoted inside an answer is never executed (see
 * {@link dev.praxis.model.toolcall.TextToolCallParser}).
 */
public enum ToolCallingMode {
    /** Native tool calling, with calls left in the text parsed too. */
    AUTO,
    /** Native tool calling only. */
    NATIVE,
    /** Tool schemas in the system prompt, calls parsed from the text. */
    PROMPTED;

    /**
     * Parses {@code auto}, {@code native} or {@code prompted}, ignoring case.
     *
     * @param value the mode's name
     * @return the mode
     */
    public static ToolCallingMode parse(String value) {
        for (ToolCallingMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value.trim())) {
                return mode;
            }
        }
        throw new dev.praxis.PraxisException("unknown tool-calling mode '" + value
                + "'; expected auto, native or prompted");
    }
}
