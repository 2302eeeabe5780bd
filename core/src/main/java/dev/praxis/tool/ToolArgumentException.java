package dev.praxis.tool;

import java.util.List;

/**
 * Arguments that do not match the tool's schema: malformed JSON, a missing required field, a wrong type, a
 * value out of range. {@link #problems()} lists every problem found, each naming the argument.
 */
public final class ToolArgumentException extends ToolException {

    /** Each problem found. */
    private final List<String> problems;

    /**
     * Arguments of {@code toolName} that fail its schema.
     *
     * @param toolName the tool
     * @param problems each problem, naming the argument path
     */
    public ToolArgumentException(String toolName, List<String> problems) {
        super("invalid arguments for " + toolName + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Each problem, naming the argument path and what was expected.
     *
     * @return the problems
     */
    public List<String> problems() {
        return problems;
    }
}
