package dev.praxis.tool;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Offers the tools whose description is closest to the request by embedding similarity, once a toolbox is large.
 * Each tool is embedded once (its name, description and parameter names) and cached; each request is embedded
 * once per call. Small toolboxes (at most {@code activationThreshold} tools) are offered whole.
 *
 * <pre>{@code
 * ToolSelector selector = EmbeddingToolSelector.builder(new AllMiniLmL6V2QuantizedEmbeddingModel())
 *         .activationThreshold(12)   // only select when the agent has more than 12 tools
 *         .maxTools(6)               // offer at most the 6 closest
 *         .relativeCutoff(0.5)       // and only those scoring at least half the best score
 *         .minScore(0.25)            // offer all when no tool scores 0.25 (an unclear request)
 *         .alwaysOffer("search_products") // plus these on every turn
 *         .build();
 * }</pre>
 *
 * <p>Thread-safe. Figures (schema tokens saved against routing accuracy) are in docs/benchmarks.md.
 */
public final class EmbeddingToolSelector implements ToolSelector {

    private final EmbeddingModel model;
    private final int activationThreshold;
    private final int maxTools;
    private final double relativeCutoff;
    private final double minScore;
    private final Set<String> alwaysOffered;
    /** By the embedded text, so two tools that read the same share a vector and a changed description is new. */
    private final Map<String, Embedding> embeddings = new ConcurrentHashMap<>();

    private EmbeddingToolSelector(Builder b) {
        this.model = b.model;
        this.activationThreshold = b.activationThreshold;
        this.maxTools = b.maxTools;
        this.relativeCutoff = b.relativeCutoff;
        this.minScore = b.minScore;
        this.alwaysOffered = Set.copyOf(b.alwaysOffered);
    }

    /**
     * A builder for a selector using {@code model}; defaults: threshold 12, at most 6 tools, no cut-off, no floor.
     *
     * @param model embeds descriptions and messages
     * @return the builder
     */
    public static Builder builder(EmbeddingModel model) {
        return new Builder(Objects.requireNonNull(model, "model"));
    }

    @Override
    public List<Tool> select(String request, List<Tool> tools) {
        if (tools.size() <= activationThreshold || request == null || request.isBlank()) {
            return tools;
        }
        List<String> texts = tools.stream().map(EmbeddingToolSelector::text).toList();
        embedMissing(texts);
        Embedding query = model.embed(request).content();
        double[] scores = texts.stream().mapToDouble(t -> CosineSimilarity.between(query, embeddings.get(t))).toArray();
        double best = IntStream.range(0, scores.length).mapToDouble(i -> scores[i]).max().orElse(0);
        if (best < minScore) {
            return tools;
        }
        double floor = best > 0 ? best * relativeCutoff : Double.NEGATIVE_INFINITY;
        Set<Integer> chosen = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> scores[i]).reversed())
                .filter(i -> scores[i] >= floor)
                .limit(maxTools)
                .collect(Collectors.toSet());
        List<Tool> selected = new ArrayList<>();
        for (int i = 0; i < tools.size(); i++) {
            if (chosen.contains(i) || alwaysOffered.contains(tools.get(i).name())) {
                selected.add(tools.get(i));
            }
        }
        return selected;
    }

    private void embedMissing(List<String> texts) {
        List<String> missing = texts.stream().distinct().filter(t -> !embeddings.containsKey(t)).toList();
        if (missing.isEmpty()) {
            return;
        }
        // Two threads may embed the same new tool at once; both get the same vector, so either may win.
        List<Embedding> vectors = model.embedAll(missing.stream().map(TextSegment::from).toList()).content();
        for (int i = 0; i < missing.size(); i++) {
            embeddings.putIfAbsent(missing.get(i), vectors.get(i));
        }
    }

    /** What a tool is embedded as: words rather than snake_case, so "loan payment" meets "monthly payment". */
    static String text(Tool tool) {
        ToolSpec spec = tool.spec();
        String parameters = String.join(", ", spec.parameters().properties().keySet()).replace('_', ' ');
        return spec.name().replace('_', ' ') + ": " + spec.description()
                + (parameters.isEmpty() ? "" : " (" + parameters + ")");
    }

    /** Options for an {@link EmbeddingToolSelector}. */
    public static final class Builder {
        private final EmbeddingModel model;
        private int activationThreshold = 12;
        private int maxTools = 6;
        private double relativeCutoff;
        private double minScore;
        private final Set<String> alwaysOffered = new HashSet<>();

        private Builder(EmbeddingModel model) {
            this.model = model;
        }

        /**
         * Select only when the toolbox has more than this many tools; at or below it, all are offered.
         *
         * @param activationThreshold the tool count above which selection starts
         * @return this builder
         */
        public Builder activationThreshold(int activationThreshold) {
            if (activationThreshold < 0) {
                throw new IllegalArgumentException("activationThreshold must be >= 0, got " + activationThreshold);
            }
            this.activationThreshold = activationThreshold;
            return this;
        }

        /**
         * The most tools offered, the closest first.
         *
         * @param maxTools the most tools
         * @return this builder
         */
        public Builder maxTools(int maxTools) {
            if (maxTools < 1) {
                throw new IllegalArgumentException("maxTools must be >= 1, got " + maxTools);
            }
            this.maxTools = maxTools;
            return this;
        }

        /**
         * Drops tools scoring below this fraction of the best tool's cosine similarity (0 keeps all {@code maxTools};
         * 1 keeps only the best and its ties).
         *
         * @param relativeCutoff a fraction from 0 to 1
         * @return this builder
         */
        public Builder relativeCutoff(double relativeCutoff) {
            if (!(relativeCutoff >= 0 && relativeCutoff <= 1)) {
                throw new IllegalArgumentException("relativeCutoff must be between 0 and 1, got " + relativeCutoff);
            }
            this.relativeCutoff = relativeCutoff;
            return this;
        }

        /**
         * The confidence floor: when no tool's cosine similarity to the request reaches it, the request matches no
         * description well (e.g. "do you sell yoga mats?" against a catalogue search tool) and every tool is offered.
         * 0 (the default) always selects. The right value depends on the embedding model; see docs/benchmarks.md.
         *
         * @param minScore the floor, from 0 to 1
         * @return this builder
         */
        public Builder minScore(double minScore) {
            if (!(minScore >= 0 && minScore <= 1)) {
                throw new IllegalArgumentException("minScore must be between 0 and 1, got " + minScore);
            }
            this.minScore = minScore;
            return this;
        }

        /**
         * Tools offered on every selecting turn, on top of the {@code maxTools} closest: general entry points whose
         * description cannot resemble every request they serve (a catalogue search serves "do you sell yoga mats?").
         * Names of tools the toolbox lacks are ignored.
         *
         * @param names the tools always offered
         * @return this builder
         */
        public Builder alwaysOffer(String... names) {
            for (String name : names) {
                alwaysOffered.add(Objects.requireNonNull(name, "names"));
            }
            return this;
        }

        /**
         * Builds the selector; the tool descriptions are embedded on first use.
         *
         * @return the selector
         */
        public EmbeddingToolSelector build() {
            return new EmbeddingToolSelector(this);
        }
    }
}
