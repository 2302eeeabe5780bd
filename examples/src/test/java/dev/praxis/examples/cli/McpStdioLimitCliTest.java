package dev.praxis.examples.cli;

import dev.praxis.examples.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code praxis mcp} over stdio, as a real process, ends with a reason on standard error on an oversized message. */
class McpStdioLimitCliTest {

    @TempDir
    Path tmp;

    @Test
    void exitsWithAClearLogLineWhenAMessageIsOverTheLimitWhileTheClientStaysConnected() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "mcp", "--pack", "finance",
                "--data-dir", tmp.resolve("data").toString()))
                .redirectError(tmp.resolve("err").toFile()).redirectOutput(tmp.resolve("out").toFile());
        builder.environment().put("PRAXIS_CACHE_DIR", tmp.resolve("cache").toString());
        Process server = builder.start();
        try {
            OutputStream in = server.getOutputStream();
            // 5 MiB on one line, and the client's end stays open: only the limit can end the server.
            byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < 80; i++) {
                    in.write(chunk);
                }
                in.flush();
            } catch (java.io.IOException e) {
                // The server stopped reading and went away before all of it was written: what is tested below.
            }
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("praxis mcp exited").isTrue();
        } finally {
            server.destroyForcibly();
        }
        assertThat(Files.readString(tmp.resolve("err"))).contains(
                "MCP stdio endpoint stopped: a message over 4194304 bytes arrived; the session was closed");
        assertThat(Files.readString(tmp.resolve("out"))).as("nothing but protocol on stdout").isEmpty();
    }
}
