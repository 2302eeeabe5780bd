package dev.praxis.examples.cli;

import dev.praxis.finance.FinancePack;
import dev.praxis.mcp.server.AgentStepProgress;
import dev.praxis.mcp.server.ApprovalMode;
import dev.praxis.mcp.server.HttpOptions;
import dev.praxis.mcp.server.McpEndpoint;
import dev.praxis.mcp.server.PraxisMcpServer;
import dev.praxis.tool.Tool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code praxis mcp}: the example packs' tools and agents as an MCP server, over stdio (for desktop clients) or
 * streamable HTTP on loopback behind a bearer token. Over stdio nothing but protocol is written to standard output.
 * With the e-commerce pack, its catalogue and policies are served as resources too ({@link CatalogResources}).
 */
@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = "Serves the packs' tools (and agents as ask_<agent> tools) over the Model Context Protocol.")
final class McpCommand implements Callable<Integer> {

    static final String TOKEN_ENV = "PRAXIS_MCP_TOKEN";

    enum Pack { FINANCE, ECOMMERCE, ALL }

    enum Transport { STDIO, HTTP }

    @ParentCommand
    PraxisCommand parent;

    @Option(names = "--pack", paramLabel = "PACK", defaultValue = "all",
            description = "finance, ecommerce or all (default: all).")
    Pack pack;

    @Option(names = "--agent", paramLabel = "NAME", description = "Also serve this agent as ask_<NAME> (repeatable).")
    List<String> agents = new ArrayList<>();

    @Option(names = "--transport", paramLabel = "KIND", defaultValue = "stdio", description = "stdio (default) or http.")
    Transport transport;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "HTTP: the address to listen on (default: 127.0.0.1, loopback only).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8765", description = "HTTP: the port (default: 8765; 0 for any free one).")
    int port;

    @Option(names = "--token", paramLabel = "T",
            description = "HTTP: the bearer token clients must send (default: $" + TOKEN_ENV + "; required, 16+ characters).")
    String token;

    @Option(names = "--allow-origin", paramLabel = "O",
            description = "HTTP: a browser Origin allowed to call (repeatable); requests from any other Origin get 403.")
    List<String> allowedOrigins = new ArrayList<>();

    @Option(names = "--approve", paramLabel = "MODE", defaultValue = "deny",
            description = "Irreversible tool calls: deny (default), allow, or elicit (ask the MCP client's user).")
    ApprovalMode approve;

    @Option(names = "--model", paramLabel = "SPEC", description = "The agents' model, as for ask (default: $PRAXIS_MODEL or offline).")
    String model;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where sessions, records and approval keys are kept (default: ~/.praxis).")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        Terminal terminal = parent.terminal();
        CommonOptions options = new CommonOptions();
        options.model = model;
        options.dataDir = dataDir;
        // The agents' own gate follows the server's: only 'allow' lets an agent run irreversible tools unasked.
        options.approve = approve == ApprovalMode.ALLOW ? CommonOptions.ApproveMode.ALWAYS : CommonOptions.ApproveMode.NEVER;
        // The agents are built with this listener, so an ask_<agent> call can report each of their tool steps.
        AgentStepProgress steps = new AgentStepProgress();
        options.listeners = List.of(steps);
        HttpOptions http = transport == Transport.HTTP ? httpOptions(terminal) : null;
        try (AgentRuntime runtime = parent.runtimes().open(options, terminal)) {
            PraxisMcpServer.Builder server = PraxisMcpServer.builder().tools(packTools(runtime)).approval(approve)
                    .agentSteps(steps);
            if (pack != Pack.FINANCE) {
                runtime.catalogue().ifPresent(catalogue -> CatalogResources.addTo(server, catalogue));
            }
            for (String name : agents) {
                String description = describe(runtime, name);
                server.agent(runtime.agent(name.toLowerCase(Locale.ROOT)), description);
            }
            try (McpEndpoint endpoint = http == null ? server.build().serveStdio(System.in, System.out)
                    : server.build().serveHttp(http)) {
                endpoint.uri().ifPresent(uri -> terminal.err().println("praxis mcp: listening on " + uri));
                terminal.err().flush();
                endpoint.awaitStop();
            }
        }
        return ExitCodes.OK;
    }

    private HttpOptions httpOptions(Terminal terminal) {
        String given = token != null ? token : terminal.env().get(TOKEN_ENV);
        try {
            return new HttpOptions(host, port, given, allowedOrigins);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--transport http: " + e.getMessage() + " (--token or $" + TOKEN_ENV + ")");
        }
    }

    private List<Tool> packTools(AgentRuntime runtime) {
        return runtime.tools().stream().filter(tool -> switch (pack) {
            case FINANCE -> FinancePack.TOOL_NAMES.contains(tool.name());
            case ECOMMERCE -> !FinancePack.TOOL_NAMES.contains(tool.name())
                    && !dev.praxis.healthcare.HealthcarePack.TOOL_NAMES.contains(tool.name());
            case ALL -> true;
        }).toList();
    }

    private static String describe(AgentRuntime runtime, String name) {
        return runtime.agents().stream().filter(info -> info.name().equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .map(AgentRuntime.AgentInfo::description)
                .orElseThrow(() -> new BadInputException("unknown agent '" + name + "'; available: "
                        + String.join(", ", runtime.agents().stream().map(AgentRuntime.AgentInfo::name).toList())));
    }
}
