package dev.praxis.benchmarks.concurrency;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Apache HttpClient 5 classic on the caller's thread, with a lax (lock-striped) pool and no retries, redirects,
 * cookies or compression: a transport candidate for the harness, with none of Praxis's bounds.
 */
final class ApacheCandidate extends BlockingOnlyClient {

    private final CloseableHttpClient http;

    private ApacheCandidate(Duration connectTimeout, Duration readTimeout) {
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                        .setMaxConnTotal(100_000).setMaxConnPerRoute(100_000)
                        .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true)
                                .setSoTimeout(Timeout.of(readTimeout)).build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(readTimeout)).build())
                        .build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                .disableContentCompression().disableAuthCaching().disableConnectionState().build();
    }

    static HttpClientBuilder builder() {
        return new CandidateBuilder(ApacheCandidate::new);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        HttpUriRequestBase apache = new HttpUriRequestBase(request.method().name(), URI.create(request.url()));
        request.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Host")) {
                values.forEach(v -> apache.addHeader(name, v));
            }
        });
        if (request.body() != null) {
            apache.setEntity(new StringEntity(request.body(), ContentType.APPLICATION_JSON));
        }
        try {
            return http.execute(apache, response -> {
                Map<String, List<String>> headers = headerMap();
                for (Header header : response.getHeaders()) {
                    headers.computeIfAbsent(header.getName(), k -> new ArrayList<>(1)).add(header.getValue());
                }
                return SuccessfulHttpResponse.builder().statusCode(response.getCode()).headers(headers)
                        .body(EntityUtils.toString(response.getEntity())).build();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
