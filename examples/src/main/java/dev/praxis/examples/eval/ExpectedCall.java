package dev.praxis.examples.eval;

import dev.praxis.tool.ToolResult;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A tool call a turn must make. Only the listed arguments are checked; others the model adds (a currency, a page
 * size) are not held against it.
 *
 * @param tool      the tool name
 * @param arguments matchers by argument name
 * @param outcome   the outcome the call must have ({@code denied} after a refused approval), when it matters
 */
public record ExpectedCall(String tool, Map<String, ArgumentMatcher> arguments, Optional<ToolResult.Outcome> outcome) {

    public ExpectedCall {
        Objects.requireNonNull(tool, "tool");
        arguments = Map.copyOf(arguments);
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A call to {@code tool} with these arguments, any outcome. */
    public static ExpectedCall of(String tool, Map<String, ArgumentMatcher> arguments) {
        return new ExpectedCall(tool, arguments, Optional.empty());
    }
}
