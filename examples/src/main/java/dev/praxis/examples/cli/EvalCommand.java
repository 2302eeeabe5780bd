package dev.praxis.examples.cli;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.praxis.examples.eval.ChatModelFactory;
import dev.praxis.examples.eval.EvalReport;
import dev.praxis.examples.eval.EvalRunner;
import dev.praxis.examples.eval.Scenario;
import dev.praxis.examples.eval.ScenarioLoader;
import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Models;
import dev.praxis.model.PriceTable;
import dev.praxis.model.ToolCallingMode;
import dev.praxis.model.cassette.RecordingChatModel;
import dev.praxis.model.cassette.ReplayingChatModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code praxis eval SCENARIOS --model A --model B [--json FILE]}: runs the scenarios on each model and prints a
 * table of pass rate, tool-call precision and recall, argument accuracy, steps, tokens, cost and latency.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Runs multi-turn scenarios on one or more models and prints how each scored.")
final class EvalCommand implements Callable<Integer> {

    /**
     * The tools' clock during an eval: fixed, so carts, tokens and return windows behave the same on every run and
     * two models see the same world.
     */
    static final Instant EVAL_TIME = Instant.parse("2026-01-05T09:00:00Z");

    @ParentCommand
    PraxisCommand parent;

    @Parameters(index = "0", paramLabel = "SCENARIOS", defaultValue = ScenarioLoader.BUILTIN,
            description = "builtin (the scenarios in the jar, default), a JSON file, or a directory of them.")
    String source;

    @Option(names = "--model", paramLabel = "SPEC", description = "A model to evaluate; repeat for several. Specs as "
            + "for ask: offline, ollama/qwen2.5:7b, openai/<model>, vllm/<model>... Default: $PRAXIS_MODEL or offline.")
    List<String> models = new ArrayList<>();

    @Option(names = "--base-url", paramLabel = "URL", description = "Server URL for every non-offline model "
            + "(default: each preset's, or $PRAXIS_BASE_URL).")
    String baseUrl;

    @Option(names = "--tool-calling", paramLabel = "MODE", description = "auto (default), native or prompted.")
    String toolCalling;

    @Option(names = "--price", paramLabel = "SPEC=IN/OUT/CUR", description = "Price per million input and output "
            + "tokens, e.g. dashscope/qwen-plus=0.40/1.20/USD; repeatable. Without it cost shows '-'.")
    Map<String, String> prices = Map.of();

    @Option(names = "--agent", paramLabel = "NAME", description = "Only the scenarios of this agent.")
    String agent;

    @Option(names = "--filter", paramLabel = "TEXT", description = "Only scenarios whose id contains TEXT.")
    String filter;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the full report as JSON to FILE.")
    Path json;

    @Option(names = "--verbose", description = "Show stack traces.")
    boolean verbose;

    @Option(names = "--record", paramLabel = "DIR", description = "Record each model's traffic as cassettes in "
            + "DIR/<model>/ (secrets masked), to replay the same run later without a server.")
    Path record;

    @Option(names = "--replay", paramLabel = "DIR", description = "Answer each model from the cassettes a --record "
            + "run left in DIR/<model>/, with no server; a request that no longer matches is reported with a diff.")
    Path replay;

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        List<Scenario> scenarios = selected(ScenarioLoader.load(source));
        List<String> specs = models.isEmpty() ? List.of(defaultModel(terminal)) : List.copyOf(models);
        specs.forEach(EvalCommand::checkSpec);
        ModelOptions options = options(terminal);
        EmbeddingModel embeddings = new AllMiniLmL6V2QuantizedEmbeddingModel();
        ChatModelFactory factory = cassettes(spec -> Models.create(ModelSpec.parse(spec), options, embeddings));
        Clock clock = Clock.fixed(EVAL_TIME, ZoneOffset.UTC);
        EvalReport report = new EvalRunner(factory, embeddings, clock, line -> {
            terminal.err().println(line);
            terminal.err().flush();
        }).run(scenarios, specs);
        replaying.forEach(ReplayingChatModel::verifyAllReplayed);
        terminal.out().print(report.table());
        if (json != null) {
            write(json, report.json().toPrettyString());
            terminal.err().println("wrote " + json);
        }
        return ExitCodes.OK;
    }

    private final List<ReplayingChatModel> replaying = new ArrayList<>();

    /** The factory with {@code --record} or {@code --replay} around it: one cassette folder per model spec. */
    private ChatModelFactory cassettes(ChatModelFactory live) {
        if (record != null && replay != null) {
            throw new BadInputException("--record and --replay exclude each other");
        }
        if (record != null) {
            return spec -> RecordingChatModel.of(live.open(spec), record.resolve(folderName(spec)));
        }
        if (replay != null) {
            return spec -> {
                Path folder = replay.resolve(folderName(spec));
                if (!Files.isDirectory(folder)) {
                    throw new BadInputException("--replay " + replay + ": no cassettes for " + spec + " (" + folder
                            + " is missing)");
                }
                ReplayingChatModel model = ReplayingChatModel.from(folder);
                replaying.add(model);
                return model;
            };
        }
        return live;
    }

    /** A model spec as a folder name: ollama/qwen2.5:7b becomes ollama_qwen2.5_7b. */
    static String folderName(String spec) {
        return spec.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private List<Scenario> selected(List<Scenario> all) {
        List<Scenario> chosen = all.stream().filter(s -> agent == null || s.agent().equals(agent))
                .filter(s -> filter == null || s.id().contains(filter)).toList();
        if (chosen.isEmpty()) {
            throw new BadInputException("no scenario in " + source + " matches"
                    + (agent != null ? " --agent " + agent : "") + (filter != null ? " --filter " + filter : ""));
        }
        return chosen;
    }

    /** A bad spec is the user's input, so exit code 2, before anything runs. */
    private static void checkSpec(String spec) {
        CommonOptions.checked("--model", spec, ModelSpec::parse);
    }

    private static String defaultModel(Terminal terminal) {
        String env = terminal.env().get(ModelSpec.MODEL_ENV);
        return env == null || env.isBlank() ? "offline" : env;
    }

    private ModelOptions options(Terminal terminal) {
        ModelOptions.Builder builder = ModelOptions.builder().env(terminal.env());
        if (baseUrl != null) {
            builder.baseUrl(baseUrl);
        }
        if (toolCalling != null) {
            builder.toolCalling(CommonOptions.checked("--tool-calling", toolCalling, ToolCallingMode::parse));
        }
        PriceTable table = PriceTable.empty();
        for (Map.Entry<String, String> price : prices.entrySet()) {
            table = table.with(price.getKey(), price(price.getKey(), price.getValue()));
        }
        return builder.prices(table).build();
    }

    private static PriceTable.Price price(String spec, String value) {
        String[] parts = value.split("/");
        try {
            if (parts.length != 3) {
                throw new IllegalArgumentException("expected IN/OUT/CURRENCY");
            }
            return new PriceTable.Price(new java.math.BigDecimal(parts[0].strip()), new java.math.BigDecimal(parts[1].strip()),
                    java.util.Currency.getInstance(parts[2].strip()));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--price " + spec + "=" + value + ": " + e.getMessage()
                    + " (e.g. dashscope/qwen-plus=0.40/1.20/USD, per million tokens)");
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JSON report to " + file, e);
        }
    }
}
