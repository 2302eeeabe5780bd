package dev.praxis.benchmarks.concurrency;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** OkHttp 5 with {@code Call.execute()} on the caller's thread: a transport candidate for the harness. */
final class OkHttpCandidate extends BlockingOnlyClient {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;

    private OkHttpCandidate(Duration connectTimeout, Duration readTimeout) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(100_000);
        dispatcher.setMaxRequestsPerHost(100_000);
        this.http = new OkHttpClient.Builder().connectTimeout(connectTimeout).readTimeout(readTimeout)
                .writeTimeout(readTimeout).retryOnConnectionFailure(true).followRedirects(false)
                .dispatcher(dispatcher).connectionPool(new ConnectionPool(2_000, 4, TimeUnit.SECONDS)).build();
    }

    static HttpClientBuilder builder() {
        return new CandidateBuilder(OkHttpCandidate::new);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        Request.Builder builder = new Request.Builder().url(request.url());
        request.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Host")) {
                values.forEach(v -> builder.addHeader(name, v));
            }
        });
        builder.method(request.method().name(),
                request.body() == null ? null : RequestBody.create(request.body(), JSON));
        try (Response response = http.newCall(builder.build()).execute()) {
            Map<String, List<String>> headers = headerMap();
            for (int i = 0; i < response.headers().size(); i++) {
                headers.computeIfAbsent(response.headers().name(i), k -> new ArrayList<>(1))
                        .add(response.headers().value(i));
            }
            return SuccessfulHttpResponse.builder().statusCode(response.code()).headers(headers)
                    .body(response.body().string()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
