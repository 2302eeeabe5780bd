package dev.praxis.examples.eval;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.praxis.agent.Agent;
import dev.praxis.approval.ActionTokens;
import dev.praxis.approval.TokenKey;
import dev.praxis.approval.UsedTokens;
import dev.praxis.examples.agents.AgentSetup;
import dev.praxis.examples.agents.FinanceAgent;
import dev.praxis.examples.agents.ShopAgent;
import dev.praxis.examples.agents.SupportAgent;
import dev.praxis.memory.MessageWindowMemory;
import dev.praxis.records.InMemoryRecordStore;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The example agents for one scenario run, in a world of their own: empty memory, empty carts, orders and paper
 * account, fresh approval tokens, and the scenario's approvals. Nothing carries over from one scenario (or model)
 * to the next, so the results do not depend on the order they run in.
 */
final class ScenarioAgents implements AutoCloseable {

    /** The history a turn sees, as the CLI's sessions keep it. */
    private static final int HISTORY_MESSAGES = 40;

    private final List<Agent> built = new ArrayList<>();
    private final Agent agent;

    ScenarioAgents(String agentName, ChatModel model, ScriptedApproval approval, EmbeddingModel embeddings, Clock clock) {
        byte[] key = new byte[TokenKey.MIN_BYTES];
        new SecureRandom().nextBytes(key);
        AgentSetup setup = new AgentSetup(model, new MessageWindowMemory(HISTORY_MESSAGES), approval, List.of(),
                embeddings, clock, new ActionTokens(TokenKey.of(key), UsedTokens.inMemory(clock), clock),
                InMemoryRecordStore.create(clock));
        this.agent = switch (agentName) {
            case FinanceAgent.NAME -> keep(FinanceAgent.create(setup));
            case ShopAgent.NAME -> keep(ShopAgent.create(setup));
            case SupportAgent.NAME -> keep(SupportAgent.create(setup, keep(FinanceAgent.create(setup)),
                    keep(ShopAgent.create(setup))));
            default -> throw new IllegalArgumentException("unknown agent '" + agentName + "'; use finance, shop or support");
        };
    }

    Agent agent() {
        return agent;
    }

    private Agent keep(Agent created) {
        built.add(created);
        return created;
    }

    @Override
    public void close() {
        built.forEach(Agent::close);
    }
}
