package dev.praxis.mcp.server;

import dev.praxis.tool.SideEffect;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;

/**
 * MCP tool annotations from a Praxis side effect. The spec's hints (2025-06-18 schema, {@code ToolAnnotations})
 * default to the worst case when absent (not read-only, destructive, not idempotent, open world), so every hint
 * is stated:
 * <ul>
 *   <li>{@code READ_ONLY}: read-only, not destructive, idempotent (running it twice changes nothing), closed world;</li>
 *   <li>{@code REVERSIBLE}: not read-only, not destructive (it can be undone), not idempotent (adding a cart line
 *       twice adds two), closed world (it changes only state the tools keep: carts, drafts);</li>
 *   <li>{@code IRREVERSIBLE}: not read-only, destructive, not idempotent, open world (an order, a refund or a trade
 *       acts on people and systems outside the conversation).</li>
 * </ul>
 * Hints are hints: clients may show or act on them, but the server's approval gate is what actually holds.
 */
final class ToolAnnotationsMapping {

    private ToolAnnotationsMapping() {
    }

    static ToolAnnotations of(SideEffect sideEffect) {
        return switch (sideEffect) {
            case READ_ONLY -> new ToolAnnotations(null, true, false, true, false, null);
            case REVERSIBLE -> new ToolAnnotations(null, false, false, false, false, null);
            case IRREVERSIBLE -> new ToolAnnotations(null, false, true, false, true, null);
        };
    }
}
