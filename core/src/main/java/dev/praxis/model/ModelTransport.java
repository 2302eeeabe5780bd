package dev.praxis.model;

import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything one model backend needs to speak HTTP, owned by that backend and closed with it: an Apache HttpClient 5
 * classic client (blocking HTTP/1.1 on the caller's thread, keep-alive pool, TLS and system proxies), a timer
 * thread that watches {@link CallDeadline}s ({@link DeadlineWatch}) and closes idle connections, and the threads that
 * read streams. Nothing here is static or shared between models.
 *
 * <p>Why this client: in the concurrency harness it costs the least CPU per call of the maintained clients measured
 * (docs/benchmarks.md, 2026-12-01), runs each exchange on the calling thread (no selector thread that every call
 * must pass), needs no Kotlin runtime, and bounds header count and line length itself ({@link Http1Config}).
 *
 * <p>Settings that differ from the library's defaults, and why: no automatic retries ({@link ResilientChatModel}
 * retries), except one resend when a reused connection turns out closed without any answer
 * ({@link NoHttpResponseException}: the server dropped an idle keep-alive connection, so it never saw the request);
 * no redirects, cookies or content compression (a model API needs none); a lax, lock-striped pool with no cap on
 * connections (one per call in flight, as before), reused last-in first-out and checked for staleness after 2 s idle;
 * connections idle for 4 s closed, since servers commonly drop them after 5 s.
 */
final class ModelTransport implements AutoCloseable {

    static final Duration MAX_IDLE = Duration.ofSeconds(4);

    private static final AtomicInteger IDS = new AtomicInteger();

    private final HttpLimits limits;
    private final Duration readTimeout;
    private final Duration streamTimeout;
    private final PoolingHttpClientConnectionManager pool;
    private final CloseableHttpClient client;
    private final RequestConfig streamConfig;
    private final ScheduledThreadPoolExecutor timer;
    private final DeadlineWatch deadlines;
    private final ExecutorService streams;
    private volatile boolean closed;

    ModelTransport(HttpLimits limits, Duration readTimeout, Duration streamTimeout) {
        this.limits = limits;
        this.readTimeout = readTimeout;
        this.streamTimeout = streamTimeout;
        String name = "praxis-http-" + IDS.incrementAndGet();
        this.pool = pool(limits, readTimeout);
        RequestConfig config = RequestConfig.custom().setConnectionRequestTimeout(Timeout.of(limits.connectTimeout()))
                .setResponseTimeout(Timeout.of(readTimeout)).setRedirectsEnabled(false).build();
        // A stream's silences are watched by ClientModel (idle timeout = readTimeout, with a clearer message); the
        // socket timeout is only the backstop behind it.
        this.streamConfig = RequestConfig.copy(config).setResponseTimeout(Timeout.of(readTimeout.multipliedBy(2)))
                .build();
        this.client = HttpClients.custom().setConnectionManager(pool).setDefaultRequestConfig(config)
                .setRoutePlanner(new ProxyRoutePlanner())
                .setRetryStrategy(new ResendOnStaleConnection())
                .disableRedirectHandling().disableCookieManagement().disableContentCompression()
                .disableAuthCaching().disableConnectionState().build();
        this.timer = new ScheduledThreadPoolExecutor(1, daemon(name + "-timer"));
        this.deadlines = new DeadlineWatch(timer);
        timer.scheduleWithFixedDelay(() -> pool.closeIdle(TimeValue.of(MAX_IDLE)), MAX_IDLE.toMillis(),
                MAX_IDLE.toMillis(), TimeUnit.MILLISECONDS);
        this.streams = Executors.newCachedThreadPool(daemon(name + "-stream"));
    }

    CloseableHttpClient client() {
        if (closed) {
            throw new IllegalStateException("the model is closed; its HTTP client cannot be used any more");
        }
        return client;
    }

    HttpLimits limits() {
        return limits;
    }

    Duration readTimeout() {
        return readTimeout;
    }

    Duration streamTimeout() {
        return streamTimeout;
    }

    /** The request settings of a stream: a longer socket timeout than a blocking call's. */
    RequestConfig streamConfig() {
        return streamConfig;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    DeadlineWatch deadlines() {
        return deadlines;
    }

    ExecutorService streams() {
        return streams;
    }

    /** Closes every connection and stops the timer and stream threads (an open stream ends with an error). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        timer.shutdownNow();
        streams.shutdownNow();
        client.close(CloseMode.IMMEDIATE);
    }

    private static PoolingHttpClientConnectionManager pool(HttpLimits limits, Duration readTimeout) {
        ManagedHttpClientConnectionFactory connections = ManagedHttpClientConnectionFactory.builder()
                .http1Config(Http1Config.custom().setMaxHeaderCount(limits.maxHeaderCount())
                        .setMaxLineLength(limits.maxHeaderLineBytes()).build())
                .build();
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager(operator(),
                PoolConcurrencyPolicy.LAX, PoolReusePolicy.LIFO, TimeValue.NEG_ONE_MILLISECOND, connections);
        pool.setDefaultMaxPerRoute(Integer.MAX_VALUE);
        pool.setMaxTotal(Integer.MAX_VALUE);
        pool.setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).setSoTimeout(Timeout.of(readTimeout))
                .build());
        pool.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.of(limits.connectTimeout()))
                .setSocketTimeout(Timeout.of(readTimeout)).setValidateAfterInactivity(TimeValue.ofSeconds(2))
                .build());
        return pool;
    }

    /**
     * The connection operator with {@link InterruptibleSockets}. Its constructor is deprecated in 5.6 (sockets are
     * meant to come from the library), but it is the one way to give the client interruptible sockets, which the
     * agent's deadlines depend on ({@code ModelHttpClientTest} checks that an interrupt ends a call).
     */
    @SuppressWarnings("deprecation")
    private static HttpClientConnectionOperator operator() {
        return new DefaultHttpClientConnectionOperator(new InterruptibleSockets(), DefaultSchemePortResolver.INSTANCE,
                SystemDefaultDnsResolver.INSTANCE, RegistryBuilder.<TlsSocketStrategy>create()
                .register("https", DefaultClientTlsStrategy.createSystemDefault()).build());
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * One resend when a reused connection was found closed before any answer (the server dropped it while idle, so it
     * never saw the request); nothing else is retried here, not even the same failure on a new connection.
     */
    private static final class ResendOnStaleConnection implements HttpRequestRetryStrategy {

        @Override
        public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
            EndpointDetails connection = HttpClientContext.castOrCreate(context).getEndpointDetails();
            return execCount <= 1 && exception instanceof NoHttpResponseException && connection != null
                    && connection.getResponseCount() > 0 && !Thread.currentThread().isInterrupted();
        }

        @Override
        public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
            return false;
        }

        @Override
        public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
            return TimeValue.ZERO_MILLISECONDS;
        }
    }
}
