package dev.praxis.mcp.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The MCP reference servers installed from npm into {@code mcp/src/test/node} (by {@code .ci/run}), started with
 * {@code node} on the package's own bin script, never {@code npx}: tests run without network.
 */
final class ReferenceServers {

    static final Path NODE_DIR = Path.of("src", "test", "node").toAbsolutePath().normalize();

    private ReferenceServers() {
    }

    /** {@code node <bin of package>} plus {@code args}; skips the test when the package is not installed. */
    static List<String> command(String npmPackage, String... args) {
        Path packageDir = NODE_DIR.resolve("node_modules").resolve(npmPackage);
        assumeTrue(Files.isRegularFile(packageDir.resolve("package.json")), "skipped: " + npmPackage
                + " is not installed; run `npm ci --no-audit --no-fund --prefix mcp/src/test/node` (.ci/run does)");
        JsonNode bin;
        try {
            bin = PraxisJson.mapper().readTree(packageDir.resolve("package.json").toFile()).get("bin");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + packageDir.resolve("package.json"), e);
        }
        String script = bin.isTextual() ? bin.asText() : bin.elements().next().asText();
        List<String> command = new java.util.ArrayList<>(List.of("node", packageDir.resolve(script).toString()));
        command.addAll(List.of(args));
        return command;
    }

    static List<String> everything() {
        return command("@modelcontextprotocol/server-everything", "stdio");
    }

    static List<String> filesystem(Path root) {
        return command("@modelcontextprotocol/server-filesystem", root.toString());
    }

    /**
     * {@code server-everything} serving streamable HTTP ({@code node index.js streamableHttp}, port from the
     * {@code PORT} variable, as its {@code dist/transports/streamableHttp.js} reads it) on a free port, returned
     * once it says it listens; the caller destroys the process.
     */
    static HttpServer everythingOverHttp() throws Exception {
        List<String> command = command("@modelcontextprotocol/server-everything", "streamableHttp");
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PORT", Integer.toString(port));
        Process process = builder.start();
        java.util.concurrent.CompletableFuture<String> listening = new java.util.concurrent.CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getErrorStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                StringBuilder seen = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    seen.append(line).append('\n');
                    if (line.contains("listening on port")) {
                        listening.complete(line);
                    }
                }
                listening.completeExceptionally(new IllegalStateException("server-everything exited: " + seen));
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
        }, "everything-http-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            listening.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
        return new HttpServer(process, java.net.URI.create("http://127.0.0.1:" + port + "/mcp"));
    }

    /** A server process listening at {@code uri}; closing it kills the process. */
    record HttpServer(Process process, java.net.URI uri) implements AutoCloseable {
        @Override
        public void close() {
            // Waiting for the exit is best effort: the process was killed either way.
            process.destroyForcibly().onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        }
    }

    /** The server process started by this JVM whose command line names {@code marker}. */
    static Optional<ProcessHandle> process(String marker) {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(marker)
                        || p.info().arguments().map(a -> String.join(" ", a).contains(marker)).orElse(false))
                .findFirst();
    }

    /** Stdio transports to {@code command} that keep every message they send, in order, in {@code sent}. */
    static Supplier<McpClientTransport> recording(List<String> command, List<McpSchema.JSONRPCMessage> sent) {
        return () -> new WatchedStdioTransport("recorded", McpToolSource.parameters(command), McpToolSource.JSON) {
            @Override
            public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
                sent.add(message);
                return super.sendMessage(message);
            }
        };
    }

    /** Stdio transports to {@code command} that count the {@code tools/call} requests they send. */
    static Supplier<McpClientTransport> counting(List<String> command, AtomicInteger toolCalls) {
        return () -> new WatchedStdioTransport("counted", McpToolSource.parameters(command), McpToolSource.JSON) {
            @Override
            public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
                if (message instanceof McpSchema.JSONRPCRequest request
                        && McpSchema.METHOD_TOOLS_CALL.equals(request.method())) {
                    toolCalls.incrementAndGet();
                }
                return super.sendMessage(message);
            }
        };
    }
}
