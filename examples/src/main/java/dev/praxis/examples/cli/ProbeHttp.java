package dev.praxis.examples.cli;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The doctor's HTTP client: Apache HttpClient 5 (the transport core's model clients use), with no retries, a short
 * connect timeout, a deadline per request after which the exchange is cancelled, and a bound on the body read.
 */
final class ProbeHttp implements AutoCloseable {

    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    /** A response: its status and its body as text. */
    record Reply(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** A request that got no HTTP response: refused, unresolvable, timed out, or an oversized body. */
    static final class Failure extends IOException {
        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines;
    private final Optional<String> apiKey;

    ProbeHttp(Optional<String> apiKey, Duration connectTimeout) {
        this.apiKey = apiKey;
        this.client = HttpClients.custom().disableAutomaticRetries().disableRedirectHandling()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout)).build()).build())
                .build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "praxis-doctor-deadline");
            t.setDaemon(true);
            return t;
        });
    }

    Reply get(String url, Duration timeout) throws Failure {
        return execute(new HttpGet(url), timeout);
    }

    Reply post(String url, String json, Duration timeout) throws Failure {
        HttpPost post = new HttpPost(url);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        return execute(post, timeout);
    }

    private Reply execute(HttpUriRequestBase request, Duration timeout) throws Failure {
        apiKey.ifPresent(key -> request.setHeader("Authorization", "Bearer " + key));
        request.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(timeout)).build());
        // the response timeout bounds silences only; a slow trickle is cut off here
        ScheduledFuture<?> deadline = deadlines.schedule(request::cancel, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return client.execute(request, response -> {
                String body = "";
                if (response.getEntity() != null) {
                    try (InputStream in = response.getEntity().getContent()) {
                        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
                        if (bytes.length > MAX_BODY_BYTES) {
                            throw new Failure("response body over " + MAX_BODY_BYTES + " bytes; refused", null);
                        }
                        body = new String(bytes, StandardCharsets.UTF_8);
                    }
                }
                return new Reply(response.getCode(), body);
            });
        } catch (Failure e) {
            throw e;
        } catch (IOException e) {
            String why = request.isCancelled() ? "no complete answer within " + timeout.toSeconds() + " s"
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            throw new Failure(why, e);
        } finally {
            deadline.cancel(false);
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        try {
            client.close();
        } catch (IOException e) {
            // nothing is left to read from a closed probe client
        }
    }
}
