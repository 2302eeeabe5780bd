package dev.praxis.mcp.client;

import dev.praxis.tool.SideEffect;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;

/**
 * A Praxis side effect from a server's MCP tool annotations, reading absent hints the way the spec defines them
 * (not read-only, destructive): {@code readOnlyHint: true} is {@link SideEffect#READ_ONLY};
 * {@code readOnlyHint: false} with {@code destructiveHint: false} is {@link SideEffect#REVERSIBLE}; anything else,
 * including a tool with no annotations, is {@link SideEffect#IRREVERSIBLE}, so nothing runs unapproved on a
 * server's silence. The reverse of the server half's mapping, so a Praxis tool served and taken back keeps its level.
 */
final class SideEffects {

    private SideEffects() {
    }

    static SideEffect of(ToolAnnotations annotations) {
        if (annotations == null) {
            return SideEffect.IRREVERSIBLE;
        }
        if (Boolean.TRUE.equals(annotations.readOnlyHint())) {
            return SideEffect.READ_ONLY;
        }
        if (Boolean.FALSE.equals(annotations.readOnlyHint()) && Boolean.FALSE.equals(annotations.destructiveHint())) {
            return SideEffect.REVERSIBLE;
        }
        return SideEffect.IRREVERSIBLE;
    }
}
