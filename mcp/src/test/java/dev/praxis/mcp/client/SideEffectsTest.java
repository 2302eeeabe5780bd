package dev.praxis.mcp.client;

import dev.praxis.tool.SideEffect;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Annotations to side effects; silence is the worst case. */
class SideEffectsTest {

    private static ToolAnnotations hints(Boolean readOnly, Boolean destructive) {
        return new ToolAnnotations(null, readOnly, destructive, null, null, null);
    }

    @Test
    void aToolWithoutAnnotationsIsIrreversible() {
        assertThat(SideEffects.of(null)).isEqualTo(SideEffect.IRREVERSIBLE);
        assertThat(SideEffects.of(hints(null, null))).isEqualTo(SideEffect.IRREVERSIBLE);
    }

    @Test
    void readOnlyHintMakesItReadOnly() {
        assertThat(SideEffects.of(hints(true, null))).isEqualTo(SideEffect.READ_ONLY);
    }

    @Test
    void notReadOnlyIsReversibleOnlyWhenExplicitlyNotDestructive() {
        assertThat(SideEffects.of(hints(false, false))).isEqualTo(SideEffect.REVERSIBLE);
        assertThat(SideEffects.of(hints(false, null))).isEqualTo(SideEffect.IRREVERSIBLE);
        assertThat(SideEffects.of(hints(false, true))).isEqualTo(SideEffect.IRREVERSIBLE);
    }
}
