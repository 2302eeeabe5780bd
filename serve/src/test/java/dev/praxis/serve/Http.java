package dev.praxis.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The JDK's HTTP client against the test server, for the wire-level tests. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Http() {
    }

    static HttpResponse<String> post(URI root, String path, String key, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    static HttpResponse<String> post(URI root, String path, String key, String body) {
        return post(root, path, key, body, Map.of());
    }

    static HttpResponse<String> get(URI root, String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return send(request.build());
    }

    static JsonNode json(HttpResponse<String> response) {
        return PraxisJson.parse(response.body());
    }

    static String chat(String model, String session, String... userMessages) {
        StringBuilder messages = new StringBuilder();
        for (String message : userMessages) {
            messages.append(messages.length() == 0 ? "" : ",").append("{\"role\":\"user\",\"content\":")
                    .append(PraxisJson.write(message)).append('}');
        }
        return "{\"model\":\"" + model + "\",\"user\":\"" + session + "\",\"messages\":[" + messages + "]}";
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
