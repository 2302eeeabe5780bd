package dev.praxis.examples.agents;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.praxis.agent.Agent;
import dev.praxis.approval.ActionTokens;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.event.AgentListener;
import dev.praxis.memory.ConversationMemory;
import dev.praxis.records.RecordStore;
import dev.praxis.tool.Tool;

import java.time.Clock;
import java.util.List;

/**
 * What every example agent is built from: the model, memory, approval handler and listeners chosen by the host,
 * plus the embedding model for semantic search (the examples pass one that loads on first use) and the approval
 * tokens of the packs' irreversible tools (the CLI keeps their key and used tokens in its data directory), and the
 * store of the packs' business records: carts, orders, the paper account, idempotency keys (the CLI's is
 * {@code <data-dir>/records}, so {@code ask --session S} continues a cart in the next process), and tools every
 * agent gets besides its own (the CLI's {@code --mcp} servers' tools).
 */
public record AgentSetup(ChatModel model, ConversationMemory memory, ApprovalHandler approval,
                         List<AgentListener> listeners, EmbeddingModel embeddings, Clock clock, ActionTokens approvals,
                         RecordStore records, List<Tool> extraTools) {

    public AgentSetup {
        listeners = List.copyOf(listeners);
        extraTools = List.copyOf(extraTools);
    }

    /** A setup without extra tools. */
    public AgentSetup(ChatModel model, ConversationMemory memory, ApprovalHandler approval,
                      List<AgentListener> listeners, EmbeddingModel embeddings, Clock clock, ActionTokens approvals,
                      RecordStore records) {
        this(model, memory, approval, listeners, embeddings, clock, approvals, records, List.of());
    }

    /** A builder with this setup's model, memory, approval and listeners already applied. */
    public Agent.Builder agent(String name) {
        Agent.Builder builder = Agent.builder().name(name).model(model).memory(memory).approval(approval)
                .tools(extraTools);
        listeners.forEach(builder::listener);
        return builder;
    }
}
