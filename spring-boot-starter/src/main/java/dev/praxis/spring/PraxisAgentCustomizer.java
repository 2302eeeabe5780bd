package dev.praxis.spring;

import dev.praxis.agent.Agent;

/**
 * Adjusts each agent declared under {@code praxis.agents.*} before it is built: extra tools, a context source, a
 * session budget, an executor. Every bean of this type is applied to every declared agent, in
 * {@link org.springframework.core.annotation.Order} order; check the name to touch one agent only.
 *
 * <pre>{@code
 * @Bean
 * PraxisAgentCustomizer shopBudget() {
 *     return (name, builder) -> {
 *         if (name.equals("shop")) {
 *             builder.sessionBudget(Budget.unlimited().withMaxTokens(50_000));
 *         }
 *     };
 * }
 * }</pre>
 */
@FunctionalInterface
public interface PraxisAgentCustomizer {

    /**
     * Adjusts one agent's builder; the starter has already set its model, memory, tools, limits, approval handler,
     * listeners and interceptors.
     *
     * @param agentName the agent's name, the key under {@code praxis.agents}
     * @param builder the agent's builder
     */
    void customize(String agentName, Agent.Builder builder);
}
