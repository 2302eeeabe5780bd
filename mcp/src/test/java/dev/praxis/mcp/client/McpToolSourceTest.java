package dev.praxis.mcp.client;

import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.ToolCallRecord;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;
import dev.praxis.tool.ToolSpec;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Praxis agent using the MCP reference servers ({@code @modelcontextprotocol/server-everything} and
 * {@code server-filesystem} from npm, started with node over stdio) through {@link McpToolSource}.
 */
class McpToolSourceTest {

    private static final McpClientOptions OPTIONS = McpClientOptions.defaults();

    @TempDir
    Path root;

    private static Map<String, Tool> byName(McpToolSource source) {
        return source.tools().stream().collect(Collectors.toMap(Tool::name, Function.identity()));
    }

    private static Agent agent(ScriptedChatModel model, McpToolSource source, ApprovalHandler approval) {
        return Agent.builder().name("mcp_user").model(model).tools(source.tools()).approval(approval).build();
    }

    @Test
    void agentReadsAFileThroughTheFilesystemServersReadOnlyTool() throws Exception {
        Path note = Files.writeString(root.resolve("note.txt"), "rent is due on the 3rd");
        ScriptedChatModel model = ScriptedChatModel.of(
                ScriptedChatModel.toolCall("files_read_text_file", "{\"path\": \"" + note + "\"}"),
                ScriptedChatModel.answer("Rent is due on the 3rd."));
        try (McpToolSource files = McpToolSource.stdio("files", ReferenceServers.filesystem(root), OPTIONS)) {
            RunRecord run = agent(model, files, ApprovalHandler.denyIrreversible()).run("s1", "when is rent due?");

            ToolCallRecord call = run.toolCalls().get(0);
            assertThat(call.outcome()).isEqualTo(ToolResult.Outcome.OK);
            assertThat(call.result().at("/content/0/type").asText()).isEqualTo("text");
            assertThat(call.result().at("/content/0/text").asText()).isEqualTo("rent is due on the 3rd");
            // The model got the file's text back as a JSON string inside the tool result, i.e. as data.
            var messages = model.requests().get(1).messages();
            assertThat(((ToolExecutionResultMessage) messages.get(messages.size() - 1)).text())
                    .contains("{\"type\":\"text\",\"text\":\"rent is due on the 3rd\"}");
            assertThat(run.answer()).isEqualTo("Rent is due on the 3rd.");
        }
    }

    @Test
    void agentIsDeniedWriteFileWithoutApprovalAndNothingIsWritten() throws Exception {
        Path target = root.resolve("written.txt");
        ScriptedChatModel model = ScriptedChatModel.of(
                ScriptedChatModel.toolCall("files_write_file", "{\"path\": \"" + target + "\", \"content\": \"x\"}"),
                ScriptedChatModel.answer("I could not write it."));
        try (McpToolSource files = McpToolSource.stdio("files", ReferenceServers.filesystem(root), OPTIONS)) {
            assertThat(byName(files).get("files_write_file").spec().sideEffect()).isEqualTo(SideEffect.IRREVERSIBLE);

            RunRecord run = agent(model, files, ApprovalHandler.denyIrreversible()).run("s1", "write x");

            assertThat(run.toolCalls().get(0).outcome()).isEqualTo(ToolResult.Outcome.DENIED);
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void sideEffectsFollowTheReferenceServersAnnotations() {
        try (McpToolSource files = McpToolSource.stdio("files", ReferenceServers.filesystem(root), OPTIONS);
             McpToolSource everything = McpToolSource.stdio("everything", ReferenceServers.everything(), OPTIONS)) {
            Map<String, Tool> tools = byName(files);
            tools.putAll(byName(everything));
            // read_text_file {readOnlyHint: true}; write_file {readOnlyHint: false, destructiveHint: true};
            // create_directory and toggle-simulated-logging {readOnlyHint: false, destructiveHint: false}.
            assertThat(tools.get("files_read_text_file").spec().sideEffect()).isEqualTo(SideEffect.READ_ONLY);
            assertThat(tools.get("everything_echo").spec().sideEffect()).isEqualTo(SideEffect.READ_ONLY);
            assertThat(tools.get("files_write_file").spec().sideEffect()).isEqualTo(SideEffect.IRREVERSIBLE);
            assertThat(tools.get("files_move_file").spec().sideEffect()).isEqualTo(SideEffect.IRREVERSIBLE);
            assertThat(tools.get("files_create_directory").spec().sideEffect()).isEqualTo(SideEffect.REVERSIBLE);
            assertThat(tools.get("everything_toggle_simulated_logging").spec().sideEffect())
                    .isEqualTo(SideEffect.REVERSIBLE);
        }
    }

    @Test
    void refusesArgumentsTheServersSchemaRejectsBeforeSendingAnything() throws Exception {
        AtomicInteger sent = new AtomicInteger();
        Path target = root.resolve("out.txt");
        try (McpToolSource files = new McpToolSource("files",
                ReferenceServers.counting(ReferenceServers.filesystem(root), sent), OPTIONS)) {
            ToolBox box = ToolBox.of(files.tools());

            // A type error only the server's schema knows (content must be a string).
            ToolResult wrongType = box.call("files_write_file", "{\"path\": \"" + target + "\", \"content\": 42}",
                    ToolContext.standalone());
            // A key the schema does not name: the server would drop it silently and write anyway.
            ToolResult unknownKey = box.call("files_write_file",
                    "{\"path\": \"" + target + "\", \"content\": \"x\", \"apend\": true}", ToolContext.standalone());

            assertThat(wrongType.error()).startsWith("invalid arguments for files_write_file: ").contains("content");
            assertThat(unknownKey.error()).startsWith("invalid arguments for files_write_file: ")
                    .contains("unknown key 'apend'");
            assertThat(sent).hasValue(0);
            assertThat(target).doesNotExist();

            ToolResult valid = box.call("files_write_file", "{\"path\": \"" + target + "\", \"content\": \"x\"}",
                    ToolContext.standalone());
            assertThat(valid.isOk()).as(valid.toModelText()).isTrue();
            assertThat(sent).hasValue(1);
            assertThat(target).hasContent("x");
        }
    }

    @Test
    void namespacesToolsByServerAndRefusesACollisionWithALocalTool() {
        try (McpToolSource everything = McpToolSource.stdio("everything", ReferenceServers.everything(), OPTIONS)) {
            assertThat(byName(everything)).containsKeys("everything_echo", "everything_get_sum",
                    "everything_trigger_long_running_operation");
            assertThat(everything.tools()).allSatisfy(t -> assertThat(t.name()).startsWith("everything_"));
            Tool local = Tool.of(ToolSpec.of("everything_echo", "A local echo",
                    JsonObjectSchema.builder().build(), SideEffect.READ_ONLY), (args, context) -> "local");

            assertThatThrownBy(() -> ToolBox.of(local).with(everything.tools()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("two tools are named 'everything_echo'")
                    .hasMessageContaining("MCP tool 'echo' of server 'everything'");
        }
    }

    @Test
    void keepsStructuredContentAndTurnsIsErrorIntoAToolError() {
        try (McpToolSource everything = McpToolSource.stdio("everything", ReferenceServers.everything(), OPTIONS);
             McpToolSource files = McpToolSource.stdio("files", ReferenceServers.filesystem(root), OPTIONS)) {
            ToolResult weather = ToolBox.of(everything.tools()).call("everything_get_structured_content",
                    "{\"location\": \"Chicago\"}", ToolContext.standalone());
            ToolResult outside = ToolBox.of(files.tools()).call("files_read_text_file",
                    "{\"path\": \"/etc/hostname\"}", ToolContext.standalone());

            assertThat(weather.isOk()).as(weather.toModelText()).isTrue();
            assertThat(weather.result().get("structured_content").isObject()).isTrue();
            assertThat(outside.outcome()).isEqualTo(ToolResult.Outcome.ERROR);
            assertThat(outside.error()).startsWith("files_read_text_file failed on the MCP server: ")
                    .containsIgnoringCase("access denied");
        }
    }

    @Test
    void aCallPastItsTimeoutIsAToolErrorAndTheSessionStaysUsable() {
        McpClientOptions oneSecond = OPTIONS.withCallTimeout(Duration.ofSeconds(1));
        try (McpToolSource everything = McpToolSource.stdio("everything", ReferenceServers.everything(), oneSecond)) {
            ToolBox box = ToolBox.of(everything.tools());

            ToolResult slow = box.call("everything_trigger_long_running_operation", "{\"duration\": 5, \"steps\": 1}",
                    ToolContext.standalone());
            ToolResult echo = box.call("everything_echo", "{\"message\": \"still here\"}", ToolContext.standalone());

            assertThat(slow.error()).isEqualTo("everything_trigger_long_running_operation timed out after 1 s on MCP"
                    + " server 'everything'; it was told to cancel, but may still finish it");
            assertThat(echo.result().at("/content/0/text").asText()).contains("still here");
        }
    }

    @Test
    void aTimedOutCallIsCancelledWithItsOwnRequestId() {
        java.util.List<McpSchema.JSONRPCMessage> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (McpToolSource everything = new McpToolSource("everything",
                ReferenceServers.recording(ReferenceServers.everything(), sent),
                OPTIONS.withCallTimeout(Duration.ofSeconds(1)))) {
            ToolBox.of(everything.tools()).call("everything_trigger_long_running_operation",
                    "{\"duration\": 5, \"steps\": 1}", ToolContext.standalone());

            McpSchema.JSONRPCRequest call = sent.stream().filter(McpSchema.JSONRPCRequest.class::isInstance)
                    .map(McpSchema.JSONRPCRequest.class::cast)
                    .filter(r -> McpSchema.METHOD_TOOLS_CALL.equals(r.method())).findFirst().orElseThrow();
            McpSchema.JSONRPCMessage last = sent.get(sent.size() - 1);
            assertThat(last).isInstanceOfSatisfying(McpSchema.JSONRPCNotification.class, cancel -> {
                assertThat(cancel.method()).isEqualTo("notifications/cancelled");
                assertThat(cancel.params()).isEqualTo(Map.of("requestId", call.id(), "reason", "timed out after 1 s"));
            });
        }
    }

    @Test
    void aCallAnsweredInTimeIsNotCancelled() {
        java.util.List<McpSchema.JSONRPCMessage> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (McpToolSource everything = new McpToolSource("everything",
                ReferenceServers.recording(ReferenceServers.everything(), sent), OPTIONS)) {
            ToolResult echo = ToolBox.of(everything.tools()).call("everything_echo", "{\"message\": \"hi\"}",
                    ToolContext.standalone());

            assertThat(echo.isOk()).isTrue();
            assertThat(sent).noneMatch(m -> m instanceof McpSchema.JSONRPCNotification n
                    && n.method().equals("notifications/cancelled"));
        }
    }

    @Test
    void reconnectsOnceAfterTheServerProcessIsKilled() throws Exception {
        try (McpToolSource everything = McpToolSource.stdio("everything", ReferenceServers.everything(), OPTIONS)) {
            ToolBox box = ToolBox.of(everything.tools());
            ProcessHandle first = ReferenceServers.process("server-everything").orElseThrow();
            first.destroyForcibly();
            first.onExit().get(30, TimeUnit.SECONDS);

            ToolResult echo = box.call("everything_echo", "{\"message\": \"again\"}", ToolContext.standalone());

            assertThat(echo.isOk()).as(echo.toModelText()).isTrue();
            assertThat(echo.result().at("/content/0/text").asText()).contains("again");
            assertThat(ReferenceServers.process("server-everything").orElseThrow().pid()).isNotEqualTo(first.pid());
        }
    }

    @Test
    void saysSoWhenReconnectingFails() throws Exception {
        AtomicInteger starts = new AtomicInteger();
        var real = McpToolSource.stdioTransports("everything", ReferenceServers.everything());
        var broken = McpToolSource.stdioTransports("everything", java.util.List.of("node", "-e", "process.exit(3)"));
        try (McpToolSource everything = new McpToolSource("everything",
                () -> starts.getAndIncrement() == 0 ? real.get() : broken.get(),
                new McpClientOptions(Duration.ofSeconds(30), Duration.ofSeconds(2)))) {
            ProcessHandle server = ReferenceServers.process("server-everything").orElseThrow();
            server.destroyForcibly();
            server.onExit().get(30, TimeUnit.SECONDS);

            ToolResult echo = ToolBox.of(everything.tools()).call("everything_echo", "{\"message\": \"x\"}",
                    ToolContext.standalone());

            // Whether the exit is seen before or during the call, the reason names it, then the failed reconnect.
            assertThat(echo.error()).startsWith("everything_echo failed: the connection to MCP server 'everything'"
                    + " dropped (the server process ").contains(") and reconnecting failed (cannot connect to MCP"
                    + " server 'everything': the server process exited (nothing on stderr))");
            assertThat(starts).hasValue(2);
        }
    }

    @Test
    void aServerThatExitsAtStartUpFailsTheConnectWithItsLastStderrLines() {
        ReferenceServers.command("@modelcontextprotocol/server-everything"); // skips without node_modules
        var dying = java.util.List.of("node", "-e", "console.error('config.json: no such file'); process.exit(3)");

        // The connect timeout is the default 30 s: the failure must come from the exit, not from the timeout.
        assertThatThrownBy(() -> McpToolSource.stdio("dying", dying, OPTIONS))
                .isInstanceOf(McpConnectionException.class)
                .hasMessage("cannot connect to MCP server 'dying': the server process exited; its last stderr lines:"
                        + " config.json: no such file");
    }

    @Test
    void aCommandThatCannotStartFailsTheConnectNamingTheCommand() {
        assertThatThrownBy(() -> McpToolSource.stdio("missing", java.util.List.of("/nonexistent/mcp-server"), OPTIONS))
                .isInstanceOf(McpConnectionException.class)
                .hasMessageStartingWith("cannot connect to MCP server 'missing': the server process could not start")
                .hasMessageContaining("/nonexistent/mcp-server");
    }

    @Test
    void closingEndsTheServerProcess() throws Exception {
        McpToolSource everything = McpToolSource.stdio("everything", ReferenceServers.everything(), OPTIONS);
        ProcessHandle server = ReferenceServers.process("server-everything").orElseThrow();

        everything.close();

        server.onExit().get(30, TimeUnit.SECONDS);
        assertThat(server.isAlive()).isFalse();
    }
}
