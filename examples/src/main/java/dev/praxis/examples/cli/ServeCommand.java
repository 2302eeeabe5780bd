package dev.praxis.examples.cli;

import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Preset;
import dev.praxis.serve.ApiKeys;
import dev.praxis.serve.PraxisServer;
import dev.praxis.serve.ReadinessProbe;
import dev.praxis.serve.ServeOptions;
import dev.praxis.serve.ServedAgent;
import dev.praxis.serve.ToolActivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code praxis serve}: the example agents behind an OpenAI-compatible HTTP API (see docs/serve.md). Irreversible
 * actions wait for a person's decision over HTTP ({@code POST /v1/approvals/{id}}); everything under {@code /v1}
 * needs an API key from {@code --keys} or {@code $PRAXIS_SERVE_KEYS}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the agents over an OpenAI-compatible HTTP API (chat completions, streaming, approvals).")
final class ServeCommand implements Callable<Integer> {

    static final String KEYS_ENV = "PRAXIS_SERVE_KEYS";

    @ParentCommand
    PraxisCommand parent;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "The port (default: 8080; 0 for any free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: 127.0.0.1, this machine only).")
    String host;

    @Option(names = "--agents", paramLabel = "NAMES", split = ",", defaultValue = "finance,shop,support",
            description = "The agents to serve, comma-separated (default: finance,shop,support).")
    List<String> agents = new ArrayList<>();

    @Option(names = "--keys", paramLabel = "FILE",
            description = "API keys, one 'KEY USER_ID' per line (default: $" + KEYS_ENV + " as KEY=USER,KEY=USER).")
    Path keys;

    @Option(names = "--model", paramLabel = "SPEC", description = "The agents' model, as for ask (default: $PRAXIS_MODEL or offline).")
    String model;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where sessions, records and approval keys are kept (default: ~/.praxis).")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        Terminal terminal = parent.terminal();
        ApiKeys apiKeys = apiKeys(terminal);
        CommonOptions options = new CommonOptions();
        options.model = model;
        options.dataDir = dataDir;
        options.approve = CommonOptions.ApproveMode.DEFER;
        // The agents are built with this listener, so a streamed turn can show each tool step as it happens.
        ToolActivity tools = new ToolActivity();
        options.listeners = List.of(tools);
        ServeOptions serve = checked(() -> ServeOptions.loopback(port).withHost(host));
        try (AgentRuntime runtime = parent.runtimes().open(options, terminal)) {
            PraxisServer.Builder server = PraxisServer.builder().keys(apiKeys).options(serve).toolActivity(tools)
                    .readiness(readiness(options.modelSpec(terminal), terminal));
            for (String name : agents) {
                server.agent(served(runtime, name.strip().toLowerCase(Locale.ROOT)));
            }
            try (PraxisServer running = server.start()) {
                terminal.err().println("praxis serve: listening on " + running.uri() + " (OpenAI base URL "
                        + running.uri() + "/v1)");
                terminal.err().flush();
                // Ctrl-C or SIGTERM stops the listener and lets running turns finish; an interrupt does the same here.
                Thread stop = new Thread(running::close, "praxis-serve-stop");
                Runtime.getRuntime().addShutdownHook(stop);
                try {
                    running.awaitStop();
                } finally {
                    removeHook(stop);
                }
            }
        }
        return ExitCodes.OK;
    }

    private static void removeHook(Thread stop) {
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is stopping and runs the hook itself
        }
    }

    private ApiKeys apiKeys(Terminal terminal) {
        String env = terminal.env().get(KEYS_ENV);
        if (keys == null && (env == null || env.isBlank())) {
            throw new BadInputException("no API keys: give --keys FILE (one 'KEY USER_ID' per line) or set " + KEYS_ENV
                    + "=KEY=USER,KEY=USER");
        }
        return keys != null ? checked(() -> ApiKeys.fromFile(keys)) : checked(() -> ApiKeys.parse(env));
    }

    private static ServedAgent served(AgentRuntime runtime, String name) {
        AgentRuntime.AgentInfo info = runtime.agents().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new BadInputException("unknown agent '" + name + "'; available: " + String.join(", ",
                        runtime.agents().stream().map(AgentRuntime.AgentInfo::name).toList())));
        return new ServedAgent(info.name(), info.description(), runtime.agent(info.name()));
    }

    /** Offline needs no server; otherwise readiness lists the server's models, as the first step of doctor does. */
    private static ReadinessProbe readiness(String specText, Terminal terminal) {
        ModelSpec spec = ModelSpec.parse(specText);
        if (spec.preset() == Preset.OFFLINE) {
            return ReadinessProbe.alwaysReady();
        }
        ModelOptions options = ModelOptions.builder().env(terminal.env()).build();
        Optional<String> baseUrl = options.baseUrl(spec).map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        return () -> {
            if (baseUrl.isEmpty()) {
                return Optional.of("no base URL for " + spec);
            }
            try (ProbeHttp http = new ProbeHttp(options.apiKey(spec), DoctorCommand.CONNECT_TIMEOUT)) {
                ServerApi api = spec.preset().wire() == Preset.Wire.OLLAMA ? new OllamaServerApi(http, baseUrl.get(), spec.model())
                        : new OpenAiServerApi(http, baseUrl.get(), spec.model());
                int status = api.listModels(Duration.ofSeconds(5)).status();
                return status == 200 ? Optional.empty() : Optional.of("the model server answered HTTP " + status);
            } catch (ProbeHttp.Failure e) {
                return Optional.of("the model server did not answer");
            }
        };
    }

    private static <T> T checked(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
