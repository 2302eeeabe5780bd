package dev.praxis.examples.cli;

/** Builds the {@link AgentRuntime} for a command from its options; tests substitute their own. */
@FunctionalInterface
public interface RuntimeFactory {

    AgentRuntime open(CommonOptions options, Terminal terminal);
}
