package dev.praxis.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.tool.ToolResult;

import java.util.Objects;

/**
 * A tool call the model made in a turn, as the run record has it.
 *
 * @param agent     the agent that made it (a specialist, for calls the support desk delegated)
 * @param tool      the tool name the model asked for
 * @param arguments the arguments it sent (secret-named ones masked by the run record)
 * @param outcome   ok, error or denied
 */
public record ObservedCall(String agent, String tool, JsonNode arguments, ToolResult.Outcome outcome) {

    public ObservedCall {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(outcome, "outcome");
    }
}
