package dev.praxis.examples.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiTokenCountEstimator;
import dev.langchain4j.model.openai.internal.OpenAiUtils;
import dev.praxis.ecommerce.EcommercePack;
import dev.praxis.finance.FinancePack;
import dev.praxis.model.offline.LabelledRequest;
import dev.praxis.model.offline.OfflineChatModel;
import dev.praxis.model.offline.OfflineEvaluation;
import dev.praxis.tool.EmbeddingToolSelector;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolSelector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures tool selection on the labelled request sets of each pack: the tool-schema tokens sent per turn with
 * every tool offered and with {@link EmbeddingToolSelector} (MiniLM) at several {@code k}, against routing
 * accuracy: selection recall (the labelled tool is among those offered) and the offline model's top-1 tool and
 * exact-argument accuracy with the tools offered.
 *
 * <p>Tokens are those of the {@code tools} array as LangChain4j's OpenAI client serialises it, counted with
 * o200k_base ({@code OpenAiTokenCountEstimator("gpt-4o")}, jtokkit): an approximation of Qwen's tokenizer, which
 * is not on the classpath. The chat template's own wrapping of the tools is not counted.
 *
 * <p>Run: {@code mvn -B -ntp -o -pl examples -am test -Dtest=ToolSelectionHarnessTest -Dsurefire.failIfNoSpecifiedTests=false}
 * (prints the table), or this class's {@code main} on the examples test classpath.
 */
public final class ToolSelectionHarness {

    /** The selector settings measured: {@code k} tools at most, with the given relative cut-off. */
    record Setting(int k, double minScore, boolean pinned) {
        String label(List<String> pins) {
            return "k=" + k + (minScore == 0 ? "" : ", floor " + minScore)
                    + (pinned ? ", + " + String.join(", ", pins) : "");
        }
    }

    static final List<Setting> SETTINGS = List.of(new Setting(4, 0, false), new Setting(6, 0, false),
            new Setting(8, 0, false), new Setting(6, 0.25, false), new Setting(8, 0.3, false),
            new Setting(10, 0.3, false), new Setting(4, 0, true), new Setting(6, 0, true),
            new Setting(6, 0.25, true));

    /**
     * The tools each pack pins: the shop's two search tools, whose descriptions cannot resemble every product or
     * policy question (chosen after reading the misses on these same sets, so their rows are optimistic).
     */
    static final Map<String, List<String>> PINS = Map.of("finance", List.of(),
            "ecommerce", List.of("search_products", "search_policies"));

    /** One line of the table: a pack with every tool (offer "all") or with a selector setting. */
    record Row(String pack, String offer, int requests, int toolbox, double toolsPerTurn, double tokensPerTurn,
               double charsPerTurn, double tokensSaved, double recall, double toolAccuracy, double argumentAccuracy) {
    }

    private static volatile boolean verbose;

    private static final ObjectMapper WIRE = new ObjectMapper();

    private ToolSelectionHarness() {
    }

    /** Prints the table; {@code -v} first lists the requests whose labelled tool was not offered. */
    public static void main(String[] args) {
        verbose = args.length > 0 && args[0].equals("-v");
        System.out.print(table(run(SETTINGS)));
    }

    static List<Row> run(List<Setting> settings) {
        EmbeddingModel embeddings = new AllMiniLmL6V2QuantizedEmbeddingModel();
        OfflineChatModel model = new OfflineChatModel(embeddings);
        List<Row> rows = new ArrayList<>();
        rows.addAll(pack("finance", FinancePack.tools(), read("/offline/finance-requests.json"), model, embeddings,
                settings));
        rows.addAll(pack("ecommerce", EcommercePack.builder().build().tools(),
                read("/offline/ecommerce-requests.json"), model, embeddings, settings));
        return rows;
    }

    private static List<Row> pack(String pack, List<Tool> tools, List<LabelledRequest> set, OfflineChatModel model,
                                  EmbeddingModel embeddings, List<Setting> settings) {
        SchemaSize size = new SchemaSize();
        List<Row> rows = new ArrayList<>();
        Row all = measure(pack, "all", tools, set, model, ToolSelector.all(), size, 0);
        rows.add(all);
        List<String> pins = PINS.get(pack);
        for (Setting s : settings) {
            if (s.pinned() && pins.isEmpty()) {
                continue;
            }
            ToolSelector selector = EmbeddingToolSelector.builder(embeddings).maxTools(s.k()).minScore(s.minScore())
                    .alwaysOffer(s.pinned() ? pins.toArray(String[]::new) : new String[0]).build();
            rows.add(measure(pack, s.label(pins), tools, set, model, selector, size, all.tokensPerTurn()));
        }
        return rows;
    }

    private static Row measure(String pack, String offer, List<Tool> tools, List<LabelledRequest> set,
                               OfflineChatModel model, ToolSelector selector, SchemaSize size, double allTokens) {
        long toolCount = 0;
        long tokens = 0;
        long chars = 0;
        int recalled = 0;
        int toolHits = 0;
        int exactHits = 0;
        for (LabelledRequest labelled : set) {
            List<ToolSpecification> specs = selector.select(labelled.request(), tools).stream()
                    .map(t -> t.spec().toSpecification()).toList();
            String wire = size.json(specs);
            toolCount += specs.size();
            tokens += size.tokens(wire);
            chars += wire.length();
            boolean recall = specs.stream().anyMatch(s -> s.name().equals(labelled.tool()));
            recalled += recall ? 1 : 0;
            if (!recall && verbose) {
                System.out.println(pack + " " + offer + " not offered: " + labelled.tool() + " for '"
                        + labelled.request() + "' (offered " + specs.stream().map(ToolSpecification::name).toList() + ")");
            }
            OfflineEvaluation.Report report = OfflineEvaluation.evaluate(model, specs, List.of(labelled));
            toolHits += report.toolHits();
            exactHits += report.exactHits();
        }
        double n = set.size();
        double tokensPerTurn = tokens / n;
        double saved = allTokens == 0 ? 0 : 100.0 * (allTokens - tokensPerTurn) / allTokens;
        return new Row(pack, offer, set.size(), tools.size(), toolCount / n, tokensPerTurn, chars / n, saved,
                100.0 * recalled / n, 100.0 * toolHits / n, 100.0 * exactHits / n);
    }

    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder("| pack | tools offered | requests | tools per turn | schema tokens per turn"
                + " | schema chars per turn | tokens saved | recall of labelled tool | top-1 tool | exact arguments |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f of %d | %.0f | %.0f | %.1f %% | %.1f %% | %.1f %%"
                            + " | %.1f %% |%n", r.pack(), r.offer(), r.requests(), r.toolsPerTurn(), r.toolbox(),
                    r.tokensPerTurn(), r.charsPerTurn(), r.tokensSaved(), r.recall(), r.toolAccuracy(),
                    r.argumentAccuracy()));
        }
        return out.toString();
    }

    /** The OpenAI wire form of a tools array and its o200k_base token count, memoised by the JSON. */
    private static final class SchemaSize {
        private final OpenAiTokenCountEstimator estimator = new OpenAiTokenCountEstimator("gpt-4o");
        private final Map<String, Integer> counts = new HashMap<>();

        String json(List<ToolSpecification> specs) {
            try {
                return WIRE.writeValueAsString(OpenAiUtils.toTools(specs, false));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise tool specifications", e);
            }
        }

        int tokens(String json) {
            return counts.computeIfAbsent(json, estimator::estimateTokenCountInText);
        }
    }

    private static List<LabelledRequest> read(String resource) {
        try (InputStream in = ToolSelectionHarness.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing labelled set " + resource);
            }
            return OfflineEvaluation.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
