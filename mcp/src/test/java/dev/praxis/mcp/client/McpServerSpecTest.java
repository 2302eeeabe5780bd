package dev.praxis.mcp.client;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CLI's {@code --mcp} values. */
class McpServerSpecTest {

    @Test
    void readsACommandWithQuotedArguments() {
        McpServerSpec spec = McpServerSpec.parse("files=node server.js '/tmp/my docs' --flag");

        assertThat(spec.name()).isEqualTo("files");
        assertThat(spec.command()).containsExactly("node", "server.js", "/tmp/my docs", "--flag");
        assertThat(spec.url()).isEmpty();
    }

    @Test
    void readsAnHttpUrlAndNamesItsTokenVariable() {
        McpServerSpec spec = McpServerSpec.parse("shop=http://127.0.0.1:8080/mcp");

        assertThat(spec.url()).contains(URI.create("http://127.0.0.1:8080/mcp"));
        assertThat(spec.command()).isEmpty();
        assertThat(spec.tokenVariable()).isEqualTo("PRAXIS_MCP_TOKEN_SHOP");
    }

    @Test
    void refusesAValueWithoutNameOrTarget() {
        assertThatThrownBy(() -> McpServerSpec.parse("node server.js"))
                .hasMessage("--mcp expects name=command args or name=URL, got 'node server.js'");
        assertThatThrownBy(() -> McpServerSpec.parse("files="))
                .hasMessageContaining("--mcp expects name=command args or name=URL");
    }

    @Test
    void refusesANameThatCannotPrefixToolNames() {
        assertThatThrownBy(() -> McpServerSpec.parse("my_files=node x.js"))
                .hasMessageContaining("MCP server name must be 1 to 20 lower-case letters or digits");
    }

    @Test
    void namesToolsInSnakeCaseUnderTheServer() {
        assertThat(List.of(ToolNames.of("everything", "get-sum"), ToolNames.of("everything", "getTinyImage"),
                ToolNames.of("files", "read_text_file")))
                .containsExactly("everything_get_sum", "everything_get_tiny_image", "files_read_text_file");
    }
}
