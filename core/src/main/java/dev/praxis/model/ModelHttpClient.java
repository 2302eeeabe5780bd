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
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP client Praxis gives LangChain4j's model clients instead of the default one. Blocking calls to a
 * plain-{@code http} server without a proxy (the usual local Ollama, vLLM or llama.cpp) go through
 * {@link Http1Client} on the caller's thread; streams, {@code https} and proxied servers go through the JDK
 * client with HTTP/1.1 (no h2c upgrade). It keeps the {@code Retry-After} header on errors (in a
 * {@link StatusException}), wraps every stream in a {@link StreamGuard}, and hands the stream to the
 * current {@link StreamObserver} so that a stalled stream can be cut off.
 *
 * <p>The JDK client runs its completion work on its own selector thread ({@code executor(Runnable::run)})
 * instead of handing every response to a pool thread: with a thousand calls in flight this halves the client's
 * CPU per call (docs/benchmarks.md). Nothing that blocks may then run on that thread, so a stream is read on a
 * {@code praxis-stream-*} thread of its own.
 */
final class ModelHttpClient implements HttpClient {

    /** Reads response streams, which block; one daemon thread per open stream, reused when idle. */
    private static final Executor STREAM_READERS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "praxis-stream-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    private final java.net.http.HttpClient http;
    private final Duration readTimeout;
    private final Clock clock;
    private final Http1Client direct;
    private final Map<String, Boolean> directOrigins = new ConcurrentHashMap<>();

    ModelHttpClient(Duration connectTimeout, Duration readTimeout, Clock clock) {
        this.http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .executor(Runnable::run)
                .build();
        this.readTimeout = readTimeout;
        this.clock = clock;
        this.direct = new Http1Client(connectTimeout, readTimeout);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) throws HttpException {
        URI uri = URI.create(request.url());
        if (direct(uri)) {
            return executeDirect(request, uri);
        }
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

    /** A blocking call to a plain-HTTP server with no proxy, on the caller's thread ({@link Http1Client}). */
    private SuccessfulHttpResponse executeDirect(HttpRequest request, URI uri) {
        try {
            Http1Client.Response response = direct.send(request.method().name(), uri, request.headers(),
                    request.body());
            if (!successful(response.status())) {
                List<String> retryAfter = response.headers().get("Retry-After");
                throw new StatusException(response.status(), response.body(),
                        retryAfter == null || retryAfter.isEmpty() ? null
                                : RetryAfter.parse(retryAfter.get(0), clock).orElse(null));
            }
            return SuccessfulHttpResponse.builder().statusCode(response.status()).headers(response.headers())
                    .body(response.body()).build();
        } catch (SocketTimeoutException e) {
            throw new TimeoutException(e);
        } catch (ClosedByInterruptException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the model", e);
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted while waiting for the model", e);
            }
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code uri} is plain HTTP that the default proxy selector sends direct; decided once per origin
     * (the JDK client, which handles TLS and proxies, serves the rest).
     */
    private boolean direct(URI uri) {
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return false;
        }
        return directOrigins.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), origin -> {
            ProxySelector selector = ProxySelector.getDefault();
            return selector == null || selector.select(uri).stream().allMatch(p -> p.type() == Proxy.Type.DIRECT);
        });
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        StreamObserver observer = StreamObserver.current();
        StreamGuard guard = new StreamGuard(listener, observer);
        http.sendAsync(toJdk(request), HttpResponse.BodyHandlers.ofInputStream())
                .thenAcceptAsync(response -> consume(response, parser, guard, observer), STREAM_READERS)
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
