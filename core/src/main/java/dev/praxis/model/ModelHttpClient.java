package dev.praxis.model;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.MessageConstraintException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The HTTP client Praxis gives LangChain4j's model clients instead of the default one: a thin adapter from
 * LangChain4j's {@link HttpClient} SPI onto the backend's {@link ModelTransport} (Apache HttpClient 5 classic). A
 * blocking call runs on the caller's thread; a stream is read on one of the transport's stream threads, since
 * LangChain4j expects {@code execute(request, parser, listener)} to return at once.
 *
 * <p>On top of the library it enforces {@link HttpLimits}: the body is read through {@link BoundedBody}, never into a
 * buffer sized from {@code Content-Length}; a {@link CallDeadline} bounds the whole call and the sending of the
 * request. It keeps the {@code Retry-After} header on errors (in a {@link StatusException}), wraps every stream in a
 * {@link StreamGuard}, and hands the stream to the current {@link StreamObserver} so that a stalled stream can be cut
 * off. An interrupted caller gets an {@link IllegalStateException} and keeps its interrupt flag.
 */
final class ModelHttpClient implements HttpClient {

    private final ModelTransport transport;
    private final Clock clock;

    ModelHttpClient(ModelTransport transport, Clock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) throws HttpException {
        CloseableHttpClient http = transport.client();
        HttpLimits limits = transport.limits();
        HttpUriRequestBase exchange = new HttpUriRequestBase(request.method().name(), URI.create(request.url()));
        CallDeadline deadline = transport.deadlines().start(exchange::cancel, limits.callTimeout(),
                limits.writeTimeout());
        try {
            prepare(exchange, request, deadline);
            try (ClassicHttpResponse response = http.executeOpen(null, exchange, null)) {
                int status = response.getCode();
                Map<String, List<String>> headers = headers(response);
                String body = read(response.getEntity(), exchange);
                if (!successful(status)) {
                    throw statusError(status, body, headers);
                }
                return SuccessfulHttpResponse.builder().statusCode(status).headers(headers).body(body).build();
            }
        } catch (IOException e) {
            throw failure(e, deadline);
        } finally {
            deadline.finish();
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        StreamObserver observer = StreamObserver.current();
        StreamGuard guard = new StreamGuard(listener, observer);
        transport.client(); // a closed model fails here, on the caller's thread
        transport.streams().execute(() -> stream(request, parser, guard, observer));
    }

    private void stream(HttpRequest request, ServerSentEventParser parser, StreamGuard guard,
                        StreamObserver observer) {
        HttpLimits limits = transport.limits();
        HttpUriRequestBase exchange = new HttpUriRequestBase(request.method().name(), URI.create(request.url()));
        exchange.setConfig(transport.streamConfig());
        CallDeadline deadline = transport.deadlines().start(exchange::cancel, transport.streamTimeout(),
                limits.writeTimeout());
        try {
            prepare(exchange, request, deadline);
            try (ClassicHttpResponse response = transport.client().executeOpen(null, exchange, null)) {
                consume(response, exchange, parser, guard, observer);
            }
        } catch (IOException e) {
            guard.onError(failure(e, deadline));
        } catch (RuntimeException e) {
            guard.onError(e);
        } finally {
            deadline.finish();
        }
    }

    private void consume(ClassicHttpResponse response, HttpUriRequestBase exchange, ServerSentEventParser parser,
                         StreamGuard guard, StreamObserver observer) throws IOException {
        int status = response.getCode();
        Map<String, List<String>> headers = headers(response);
        if (!successful(status)) {
            guard.onError(statusError(status, read(response.getEntity(), exchange), headers));
            return;
        }
        try (InputStream body = bounded(response.getEntity(), exchange)) {
            if (observer != null) {
                observer.opened(body);
            }
            guard.onOpen(SuccessfulHttpResponse.builder().statusCode(status).headers(headers).build());
            parser.parse(body, guard);
            guard.onClose();
        }
    }

    private static void prepare(HttpUriRequestBase exchange, HttpRequest request, CallDeadline deadline) {
        request.headers().forEach((name, values) -> {
            if (!isManaged(name)) {
                for (String value : values) {
                    checkHeader(name, value);
                    exchange.addHeader(name, value);
                }
            }
        });
        if (request.body() != null) {
            exchange.setEntity(new TimedRequestBody(request.body().getBytes(StandardCharsets.UTF_8), deadline));
        }
    }

    /** Reads a whole body as UTF-8 text, within {@link HttpLimits#maxResponseBytes()}. */
    private String read(HttpEntity entity, HttpUriRequestBase exchange) throws IOException {
        if (entity == null) {
            return "";
        }
        try (BoundedBody body = bounded(entity, exchange)) {
            return body.readText(entity.getContentLength());
        }
    }

    private BoundedBody bounded(HttpEntity entity, HttpUriRequestBase exchange) throws IOException {
        long limit = transport.limits().maxResponseBytes();
        try {
            BoundedBody.checkDeclared(entity.getContentLength(), limit);
        } catch (ResponseRefusedException refused) {
            exchange.cancel();
            throw refused;
        }
        return new BoundedBody(entity.getContent(), limit, exchange::cancel);
    }

    private RuntimeException failure(IOException error, CallDeadline deadline) {
        if (deadline.expired() != null) {
            return new TimeoutException(new java.net.SocketTimeoutException(deadline.expired()));
        }
        if (Thread.currentThread().isInterrupted() || error instanceof ClosedByInterruptException) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("interrupted while waiting for the model", error);
        }
        if (error instanceof MessageConstraintException) {
            HttpLimits limits = transport.limits();
            return new UncheckedIOException(new ResponseRefusedException("the response headers are over the limits"
                    + " (HttpLimits.maxHeaderCount " + limits.maxHeaderCount() + ", maxHeaderLineBytes "
                    + limits.maxHeaderLineBytes() + "): " + error.getMessage(), error));
        }
        if (error instanceof InterruptedIOException) {
            // SocketTimeoutException and ConnectTimeoutException: the read or connect timeout
            return new TimeoutException(error);
        }
        return new UncheckedIOException(error);
    }

    private static Map<String, List<String>> headers(ClassicHttpResponse response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), k -> new ArrayList<>(1)).add(header.getValue());
        }
        return headers;
    }

    private StatusException statusError(int status, String body, Map<String, List<String>> headers) {
        List<String> retryAfter = headers.get("Retry-After");
        return new StatusException(status, body, retryAfter == null || retryAfter.isEmpty() ? null
                : RetryAfter.parse(retryAfter.get(0), clock).orElse(null));
    }

    /** Headers the client writes itself from the request; a copy from LangChain4j would clash with them. */
    private static boolean isManaged(String name) {
        return name.equalsIgnoreCase("Host") || name.equalsIgnoreCase("Content-Length")
                || name.equalsIgnoreCase("Transfer-Encoding") || name.equalsIgnoreCase("Connection");
    }

    private static void checkHeader(String name, String value) {
        if (name.isEmpty() || name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0 || name.indexOf(':') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("invalid HTTP header '" + name + "': names and values may not hold"
                    + " line breaks");
        }
    }

    private static boolean successful(int status) {
        return status >= 200 && status < 300;
    }
}
