package dev.praxis.examples.cli;

import dev.praxis.agent.Agent;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.tool.Tool;

import java.util.List;

/** What the commands work with: the example agents built on the chosen model, and every tool they have. */
public interface AgentRuntime extends AutoCloseable {

    /** A short description per agent name, in display order. */
    List<AgentInfo> agents();

    /** The agent called {@code name}, built on the chosen model. */
    Agent agent(String name);

    /** Every tool of every pack, each name once. */
    List<Tool> tools();

    /** The same tools by pack ({@code finance}, {@code shop}), in display order. */
    java.util.Map<String, List<Tool>> toolsByPack();

    /**
     * The tool called {@code name}, building only the packs up to the one that has it (a finance tool needs no
     * product catalogue); empty when no pack has it.
     */
    java.util.Optional<Tool> tool(String name);

    /**
     * The e-commerce pack's catalogue (products, live stock, policies), the same one its tools use; built on first
     * call. Empty for a runtime without that pack.
     */
    default java.util.Optional<dev.praxis.ecommerce.catalog.ProductRepository> catalogue() {
        return java.util.Optional.empty();
    }

    /** The approval handler chosen with {@code --approve}, shared by every agent and by {@code tools call}. */
    /**
     * Binds {@code sessionId} to one patient for {@code userId}: the clinic's patient tools then read that patient
     * only. The host does this when the session starts; the model cannot.
     */
    default void bindPatient(String sessionId, String userId, String patientId) {
        throw new UnsupportedOperationException("this runtime has no patient records");
    }

    ApprovalHandler approval();

    @Override
    void close();

    /** An agent's name and what it is for. */
    record AgentInfo(String name, String description) {
    }
}
