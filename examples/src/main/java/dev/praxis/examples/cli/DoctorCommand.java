package dev.praxis.examples.cli;

import dev.praxis.internal.text.Redaction;
import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code praxis doctor --model SPEC [--base-url URL] [--json]}: probes a model server in under 30 seconds and says
 * whether tool calling works natively, which text dialect comes back when it does not, and the settings to use.
 * Exit 0 when the server answers chat requests, 3 when it is unreachable or refuses the model.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Checks a model server: tool calls (native, text dialect, parallel, streamed), usage, context"
                + " length, <think> handling; then recommends --tool-calling and server flags.")
final class DoctorCommand implements Callable<Integer> {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    @ParentCommand
    PraxisCommand parent;

    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        ModelSpec spec = ModelSpec.parse(common.modelSpec(terminal));
        if (spec.preset() == Preset.OFFLINE) {
            throw new BadInputException("doctor checks a model server; name one with --model, e.g. --model"
                    + " vllm/Qwen/Qwen3-8B or --model ollama/qwen3:8b");
        }
        ModelOptions.Builder builder = ModelOptions.builder().env(terminal.env());
        common.baseUrl().ifPresent(builder::baseUrl);
        ModelOptions options = builder.build();
        String baseUrl = options.baseUrl(spec).map(DoctorCommand::withoutTrailingSlash).orElseThrow(() ->
                new BadInputException("no base URL for " + spec + ": give --base-url or set " + ModelOptions.BASE_URL_ENV));
        DoctorReport report;
        try (ProbeHttp http = new ProbeHttp(options.apiKey(spec), CONNECT_TIMEOUT)) {
            ServerApi api = spec.preset().wire() == Preset.Wire.OLLAMA ? new OllamaServerApi(http, baseUrl, spec.model())
                    : new OpenAiServerApi(http, baseUrl, spec.model());
            report = new DoctorProbe(api, spec, Redaction.redact(baseUrl)).run();
        }
        terminal.out().print(json ? report.toJson() + "\n" : report.toText());
        terminal.out().flush();
        return report.exitCode();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
