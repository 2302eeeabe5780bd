package dev.praxis.mcp.server;

import dev.praxis.tool.SideEffect;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ToolAnnotationsMappingTest {

    @Test
    void readOnlyToolIsReadOnlyIdempotentAndClosedWorld() {
        assertThat(ToolAnnotationsMapping.of(SideEffect.READ_ONLY))
                .isEqualTo(new ToolAnnotations(null, true, false, true, false, null));
    }

    @Test
    void reversibleToolWritesButIsNotDestructive() {
        assertThat(ToolAnnotationsMapping.of(SideEffect.REVERSIBLE))
                .isEqualTo(new ToolAnnotations(null, false, false, false, false, null));
    }

    @Test
    void irreversibleToolIsDestructiveNotIdempotentAndOpenWorld() {
        assertThat(ToolAnnotationsMapping.of(SideEffect.IRREVERSIBLE))
                .isEqualTo(new ToolAnnotations(null, false, true, false, true, null));
    }

    @Test
    void everyHintIsStatedSoClientsNeverFallBackToTheSpecDefaults() {
        for (SideEffect effect : SideEffect.values()) {
            ToolAnnotations hints = ToolAnnotationsMapping.of(effect);
            assertThat(hints.readOnlyHint()).as(effect.name()).isNotNull();
            assertThat(hints.destructiveHint()).as(effect.name()).isNotNull();
            assertThat(hints.idempotentHint()).as(effect.name()).isNotNull();
            assertThat(hints.openWorldHint()).as(effect.name()).isNotNull();
        }
    }
}
