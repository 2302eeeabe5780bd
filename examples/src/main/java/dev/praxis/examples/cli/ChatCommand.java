package dev.praxis.examples.cli;

import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.RunRequest;
import dev.praxis.memory.store.SessionBusyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code praxis chat --agent NAME [--session ID]}: an interactive conversation. Answers stream token by token when
 * the model can stream; tool calls are shown on standard error as they happen. {@code /exit} or end of input quits.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Talks with an agent until /exit.")
final class ChatCommand implements Callable<Integer> {

    @ParentCommand
    PraxisCommand parent;

    @Mixin
    CommonOptions common;

    @Option(names = "--agent", required = true, paramLabel = "NAME", description = "finance, shop, support or clinic.")
    String agent;

    @Option(names = "--session", paramLabel = "ID", description = "Continue a persistent session (default: a new one).")
    String session;

    @Option(names = "--patient", paramLabel = "ID", description = "clinic only: bind the session to this patient "
            + "(synthetic bundle: p-001, p-002, p-003; or a patient of $PRAXIS_FHIR_BASE_URL). Every read is logged.")
    String patient;

    @Option(names = "--mcp", paramLabel = "NAME=SERVER",
            description = "Give the agent the tools of an MCP server: NAME=\"command args\" (stdio) or NAME=URL (streamable"
                    + " HTTP, bearer token from $PRAXIS_MCP_TOKEN_<NAME>); repeatable. Tools are named NAME_<tool>.")
    List<String> mcp = List.of();

    @Override
    public Integer call() throws IOException {
        Terminal terminal = parent.terminal();
        common.mcp = List.copyOf(mcp);
        try (AgentRuntime runtime = parent.runtimes().open(common, terminal)) {
            Agent selected = runtime.agent(agent);
            String sessionId = session != null ? session : "chat-" + UUID.randomUUID().toString().substring(0, 8);
            if (patient != null) {
                // One person per CLI session: the user id defaults to the session id, as in RunRequest.of.
                runtime.bindPatient(sessionId, sessionId, patient);
            }
            terminal.err().printf("Chatting with %s (session %s). Type /exit to quit.%n", selected.name(), sessionId);
            // The exit code is the last turn's, as ask would give for it, so a script sees a failed last turn.
            int lastTurn = ExitCodes.OK;
            while (true) {
                terminal.err().print("> ");
                terminal.err().flush();
                String line = terminal.in().readLine();
                if (line == null || line.trim().equals("/exit")) {
                    return lastTurn;
                }
                if (line.isBlank()) {
                    continue;
                }
                AtomicBoolean streamed = new AtomicBoolean();
                RunRecord record;
                try {
                    record = selected.run(RunRequest.of(sessionId, line).streaming(token -> {
                        streamed.set(true);
                        terminal.out().print(token);
                        terminal.out().flush();
                    }));
                } catch (SessionBusyException e) {
                    // Nothing of the turn ran or was stored: the user may send the same line again.
                    terminal.err().println("error: " + ErrorReporter.sessionBusy(e) + "; your message was not sent");
                    lastTurn = ExitCodes.SESSION_BUSY;
                    continue;
                }
                RunOutcomes.print(record, terminal, false, streamed.get());
                if (common.verbose()) {
                    RunOutcomes.printStatistics(record, terminal);
                }
                lastTurn = RunOutcomes.exitCode(record);
            }
        }
    }
}
