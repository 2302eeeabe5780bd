package dev.praxis.ecommerce.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The labelled shopper queries in {@code queries.json}. */
record LabelledQueries(List<Query> queries) {

    record Query(String text, String intent, String style, Set<String> relevant) {
    }

    /** The queries of one style ({@code descriptive} or {@code colloquial}). */
    LabelledQueries only(String style) {
        return new LabelledQueries(queries.stream().filter(q -> q.style().equals(style)).toList());
    }

    static LabelledQueries load() {
        try (InputStream in = LabelledQueries.class.getResourceAsStream("/dev/praxis/ecommerce/search/queries.json")) {
            JsonNode root = PraxisJson.mapper().readTree(in);
            List<Query> out = new ArrayList<>();
            for (JsonNode q : root.get("queries")) {
                Set<String> relevant = new LinkedHashSet<>();
                q.get("relevant").forEach(r -> relevant.add(r.asText()));
                out.add(new Query(q.get("query").asText(), q.get("intent").asText(), q.get("style").asText(), relevant));
            }
            return new LabelledQueries(List.copyOf(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
