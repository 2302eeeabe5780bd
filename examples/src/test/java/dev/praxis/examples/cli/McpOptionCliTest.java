package dev.praxis.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --mcp} on ask and chat: a value that is not name=server is bad input, a server that fails is named. */
class McpOptionCliTest {

    @TempDir
    Path dataDir;

    @Test
    void aValueWithoutANameIsBadInput() {
        CliRun run = CliRun.run(dataDir, "ask", "--agent", "finance", "--mcp", "node server.js", "hi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--mcp expects name=command args or name=URL, got 'node server.js'");
    }

    @Test
    void aServerThatCannotStartIsNamedInTheError() {
        CliRun run = CliRun.run(dataDir, "ask", "--agent", "finance", "--mcp", "broken=/nonexistent/mcp-server", "hi");

        assertThat(run.exitCode()).isNotEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("cannot connect to MCP server 'broken'");
        assertThat(run.out()).isEmpty();
    }
}
