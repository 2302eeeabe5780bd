package dev.praxis.spring.actuate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** One cheap request to a model server: the list of its models, which every supported server answers. */
class ModelServerProbe {

    private final Duration timeout;
    private final HttpClient client;

    ModelServerProbe(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * The HTTP status of {@code GET url}.
     *
     * @throws IOException when the server cannot be reached
     */
    int status(String url, Optional<String> apiKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
