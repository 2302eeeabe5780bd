package dev.praxis.model.offline;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Picks the tool whose name and description best match a request: cosine similarity of sentence
 * embeddings, plus a bonus for request words that appear in the tool's name and description. Tool
 * embeddings are cached by name and description, so the matcher stays correct when the tool list changes.
 */
final class ToolMatcher {

    static final double MIN_SCORE = 0.2;
    private static final double WORD_BONUS = 0.08;
    private static final double NAME_BONUS = 0.03;
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "for", "in", "on", "my", "me",
            "and", "or", "is", "what", "how", "much", "many", "with", "at", "by", "from", "please", "can", "you",
            "i", "it", "be", "do", "does", "will", "would", "should", "this", "that", "get", "give", "show", "tell");

    /** A request that names last the quantity a tool computes ("how much can I borrow") leans this much to it. */
    static final double ASKS_BONUS = 0.4;

    /** Weight of the similarity to the tool's example requests (see {@link ToolExamples}). */
    static final double EXAMPLE_WEIGHT = 0.6;

    private final EmbeddingModel embeddings;
    private final ToolExamples examples;
    private final Map<String, Embedding> cache = new ConcurrentHashMap<>();

    ToolMatcher(EmbeddingModel embeddings, ToolExamples examples) {
        this.embeddings = embeddings;
        this.examples = examples;
    }

    /** A tool, its score, and how closely the request resembles one of the tool's examples (0 to 1). */
    record Match(ToolSpecification tool, double score, double exampleSimilarity) {
    }

    /** Whether the tool has example requests. */
    boolean hasExamples(ToolSpecification tool) {
        return examples.has(tool.name());
    }

    /** All tools with their scores, best first. */
    List<Match> rank(String request, List<ToolSpecification> tools) {
        if (tools.isEmpty()) {
            return List.of();
        }
        float[] query = embeddings.embed(request).content().vector();
        Set<String> requestWords = words(request);
        Map<String, Integer> grams = ToolExamples.grams(request);
        // where several tools' quantities are named ("a mensualité of 950 €: how much can I borrow?"), the one
        // named last is asked for; the others are given
        int asked = tools.stream().mapToInt(t -> examples.askedAt(request, t.name())).max().orElse(-1);
        List<Match> ranked = new ArrayList<>();
        for (ToolSpecification tool : tools) {
            double full = cosine(query, embedding(describe(tool)).vector());
            double headline = cosine(query, embedding(headline(tool)).vector());
            double example = examples.similarity(grams, tool.name());
            double cue = asked >= 0 && examples.askedAt(request, tool.name()) == asked ? ASKS_BONUS : 0;
            ranked.add(new Match(tool, Math.max(full, headline) + bonus(requestWords, tool) + EXAMPLE_WEIGHT * example
                    + cue, example));
        }
        ranked.sort(Comparator.comparingDouble(Match::score).reversed());
        return ranked;
    }

    private Embedding embedding(String text) {
        return cache.computeIfAbsent(text, t -> embeddings.embed(t).content());
    }

    /** The name and the first sentence of the description: long descriptions dilute the embedding. */
    static String headline(ToolSpecification tool) {
        String description = tool.description() == null ? "" : tool.description();
        int end = description.indexOf(". ");
        return tool.name().replace('_', ' ') + ": " + (end < 0 ? description : description.substring(0, end));
    }

    static String describe(ToolSpecification tool) {
        return tool.name().replace('_', ' ') + ": " + (tool.description() == null ? "" : tool.description());
    }

    /** Shared words count; words of the tool's name count again (the name is the strongest hint). */
    private static double bonus(Set<String> requestWords, ToolSpecification tool) {
        Set<String> toolWords = words(describe(tool));
        Set<String> nameWords = words(tool.name().replace('_', ' '));
        long shared = requestWords.stream().filter(toolWords::contains).count();
        long named = requestWords.stream().filter(nameWords::contains).count();
        return WORD_BONUS * Math.min(shared, 3) + NAME_BONUS * Math.min(named, 2);
    }

    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
                .filter(w -> w.length() > 2 && !STOP.contains(w))
                .map(ToolMatcher::stem)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static String stem(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
