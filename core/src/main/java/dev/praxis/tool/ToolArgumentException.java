package dev.praxis.tool;

import java.util.List;

/**
 * Arguments that do not match the tool's schema: malformed JSON, a missing required field, a wrong type, a
 * value out of range. {@link #problems()} lists every problem found, each naming the argument.
 */
public final class ToolArgumentException extends ToolException {

    private final List<String> problems;

    public ToolArgumentException(String toolName, List<String> problems) {
        super("invalid arguments for " + toolName + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, naming the argument path and what was expected. */
    public List<String> problems() {
        return problems;
    }
}
