package dev.praxis.tool;

import java.util.List;

/**
 * Chooses which of an agent's tools are offered to the model for one request, so a large toolbox does not send
 * every schema on every turn. Selection only shortens the prompt: the agent still validates and runs any tool of
 * its toolbox, and it always adds the tools the conversation has already called (so a preview is followed by its
 * execute step).
 *
 * <pre>{@code
 * Agent agent = Agent.builder().name("finance").model(model).tools(FinancePack.tools())
 *         .toolSelector(EmbeddingToolSelector.builder(embeddingModel).maxTools(6).build())
 *         .build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe: one agent serves many sessions at once.
 */
@FunctionalInterface
public interface ToolSelector {

    /**
     * The tools to offer for {@code request}, a subset of {@code tools} (in any order; the agent keeps its own).
     *
     * @param request the user's message of the current turn
     * @param tools   every tool of the agent, in registration order
     * @return the tools to offer; return {@code tools} itself to offer all
     */
    List<Tool> select(String request, List<Tool> tools);

    /**
     * Offers every tool: the behaviour of an agent without a selector.
     *
     * @return the selector
     */
    static ToolSelector all() {
        return (request, tools) -> tools;
    }
}
