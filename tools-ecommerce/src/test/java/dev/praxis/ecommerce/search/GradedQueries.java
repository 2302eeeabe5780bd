package dev.praxis.ecommerce.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shopper queries with graded labels (2 exact, 1 acceptable) from {@code shopper-queries-dev.json} or
 * {@code shopper-queries-test.json}; the rules and the fixed split are in the README next to them.
 */
record GradedQueries(String part, List<Query> queries) {

    record Query(String id, String text, String language, String kind, Map<String, Integer> grades) {
    }

    /** The development part: read misses and tune against it. */
    static GradedQueries dev() {
        return load("dev");
    }

    /** The test part: report only. */
    static GradedQueries test() {
        return load("test");
    }

    /** The queries of one class ({@code language}, {@code price}, {@code typo}...). */
    GradedQueries only(String queryClass) {
        return new GradedQueries(part, queries.stream().filter(q -> q.kind().equals(queryClass)).toList());
    }

    /** The old binary-labelled set in the same form (every relevant product graded 1). */
    static GradedQueries of(LabelledQueries old) {
        List<Query> out = new ArrayList<>();
        for (LabelledQueries.Query q : old.queries()) {
            Map<String, Integer> grades = new LinkedHashMap<>();
            q.relevant().forEach(id -> grades.put(id, 1));
            out.add(new Query(q.intent(), q.text(), "en", q.style(), grades));
        }
        return new GradedQueries("old", List.copyOf(out));
    }

    private static GradedQueries load(String part) {
        String name = "/dev/praxis/ecommerce/search/shopper-queries-" + part + ".json";
        try (InputStream in = GradedQueries.class.getResourceAsStream(name)) {
            JsonNode root = PraxisJson.mapper().readTree(in);
            List<Query> out = new ArrayList<>();
            for (JsonNode q : root.get("queries")) {
                Map<String, Integer> grades = new LinkedHashMap<>();
                q.get("grades").properties().forEach(e -> grades.put(e.getKey(), e.getValue().asInt()));
                out.add(new Query(q.get("id").asText(), q.get("query").asText(), q.get("language").asText(),
                        q.get("class").asText(), Map.copyOf(grades)));
            }
            return new GradedQueries(part, List.copyOf(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
