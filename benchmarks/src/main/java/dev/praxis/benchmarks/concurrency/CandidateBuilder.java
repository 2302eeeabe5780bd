package dev.praxis.benchmarks.concurrency;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;

import java.time.Duration;
import java.util.function.BiFunction;

/** LangChain4j's builder SPI for a transport candidate made from a connect and a read timeout. */
final class CandidateBuilder implements HttpClientBuilder {

    private final BiFunction<Duration, Duration, HttpClient> factory;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);

    CandidateBuilder(BiFunction<Duration, Duration, HttpClient> factory) {
        this.factory = factory;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        if (timeout != null) {
            connectTimeout = timeout;
        }
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        if (timeout != null) {
            readTimeout = timeout;
        }
        return this;
    }

    @Override
    public HttpClient build() {
        return factory.apply(connectTimeout, readTimeout);
    }
}
