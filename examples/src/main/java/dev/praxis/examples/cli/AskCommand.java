package dev.praxis.examples.cli;

import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.RunRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

/** {@code praxis ask --agent NAME [--session ID] [--json] "message"}: one turn, then exit. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Sends one message to an agent and prints the answer.")
final class AskCommand implements Callable<Integer> {

    @ParentCommand
    PraxisCommand parent;

    @Mixin
    CommonOptions common;

    @Option(names = "--agent", required = true, paramLabel = "NAME", description = "finance, shop or support (see: praxis agents).")
    String agent;

    @Option(names = "--session", paramLabel = "ID", description = "Continue a persistent session (default: a new one).")
    String session;

    @Option(names = "--mcp", paramLabel = "NAME=SERVER",
            description = "Give the agent the tools of an MCP server: NAME=\"command args\" (stdio) or NAME=URL (streamable"
                    + " HTTP, bearer token from $PRAXIS_MCP_TOKEN_<NAME>); repeatable. Tools are named NAME_<tool>.")
    List<String> mcp = List.of();

    @Option(names = "--patient", paramLabel = "ID", description = "clinic only: bind the session to this patient "
            + "(synthetic bundle: p-001, p-002, p-003; or a patient of $PRAXIS_FHIR_BASE_URL). Every read is logged.")
    String patient;

    @Option(names = "--json", description = "Print the run record as JSON instead of the answer.")
    boolean json;

    @Parameters(paramLabel = "MESSAGE", arity = "1..*", description = "What to ask.")
    List<String> words;

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        common.mcp = List.copyOf(mcp);
        try (AgentRuntime runtime = parent.runtimes().open(common, terminal)) {
            Agent selected = runtime.agent(agent);
            String sessionId = session != null ? session : "ask-" + UUID.randomUUID();
            if (patient != null) {
                // One person per CLI session: the user id defaults to the session id, as in RunRequest.of.
                runtime.bindPatient(sessionId, sessionId, patient);
            }
            RunRecord record = selected.run(RunRequest.of(sessionId, String.join(" ", words)));
            RunOutcomes.print(record, terminal, json, false);
            if (common.verbose()) {
                RunOutcomes.printStatistics(record, terminal);
            }
            return RunOutcomes.exitCode(record);
        }
    }
}
