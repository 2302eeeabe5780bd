package dev.praxis.model;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionException;

/**
 * The HTTP client Praxis gives LangChain4j's model clients instead of the default one, over the JDK client
 * with HTTP/1.1 (no h2c upgrade). It keeps the {@code Retry-After} header on errors (in a
 * {@link StatusException}), wraps every stream in a {@link StreamGuard}, and hands the stream to the
 * current {@link StreamObserver} so that a stalled stream can be cut off.
 */
final class ModelHttpClient implements HttpClient {

    private final java.net.http.HttpClient http;
    private final Duration readTimeout;
    private final Clock clock;

    ModelHttpClient(Duration connectTimeout, Duration readTimeout, Clock clock) {
        this.http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        this.readTimeout = readTimeout;
        this.clock = clock;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) throws HttpException {
        try {
            HttpResponse<String> response = http.send(toJdk(request), HttpResponse.BodyHandlers.ofString());
            if (!successful(response.statusCode())) {
                throw statusError(response.statusCode(), response.body(), response.headers());
            }
            return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).body(response.body()).build();
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the model", e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        StreamObserver observer = StreamObserver.current();
        StreamGuard guard = new StreamGuard(listener, observer);
        http.sendAsync(toJdk(request), HttpResponse.BodyHandlers.ofInputStream())
                .thenAccept(response -> consume(response, parser, guard, observer))
                .exceptionally(error -> {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    guard.onError(cause instanceof HttpTimeoutException ? new TimeoutException(cause) : cause);
                    return null;
                });
    }

    private void consume(HttpResponse<InputStream> response, ServerSentEventParser parser, StreamGuard guard,
                         StreamObserver observer) {
        try (InputStream body = response.body()) {
            if (!successful(response.statusCode())) {
                String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                guard.onError(statusError(response.statusCode(), text, response.headers()));
                return;
            }
            if (observer != null) {
                observer.opened(body);
            }
            guard.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).build());
            parser.parse(body, guard);
            guard.onClose();
        } catch (IOException | RuntimeException e) {
            guard.onError(e);
        }
    }

    private StatusException statusError(int status, String body, HttpHeaders headers) {
        return new StatusException(status, body,
                headers.firstValue("Retry-After").flatMap(v -> RetryAfter.parse(v, clock)).orElse(null));
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder()
                .uri(java.net.URI.create(request.url()))
                .timeout(readTimeout);
        request.headers().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
        String body = request.body();
        java.net.http.HttpRequest.BodyPublisher publisher = body == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return builder.method(request.method().name(), publisher).build();
    }

    private static boolean successful(int status) {
        return status >= 200 && status < 300;
    }
}
