package dev.praxis.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;

import java.util.ArrayList;
import java.util.List;

/** Reads an SSE body as OpenAI clients do: {@code data:} lines, one JSON chunk each, up to {@code [DONE]}. */
final class Sse {

    private Sse() {
    }

    static List<JsonNode> chunks(String body) {
        List<JsonNode> chunks = new ArrayList<>();
        for (String event : body.split("\n\n")) {
            if (!event.startsWith("data: ") || event.equals("data: [DONE]")) {
                continue;
            }
            chunks.add(PraxisJson.parse(event.substring("data: ".length())));
        }
        return chunks;
    }

    static String content(String body) {
        StringBuilder text = new StringBuilder();
        chunks(body).forEach(chunk -> text.append(chunk.at("/choices/0/delta/content").asText("")));
        return text.toString();
    }
}
