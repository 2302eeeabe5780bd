package dev.praxis.model;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;

import java.time.Clock;
import java.time.Duration;

/**
 * Builds {@link ModelHttpClient}s on one backend's {@link ModelTransport} for LangChain4j's model builders. The
 * timeouts LangChain4j sets here are recorded but not used: the transport was built from {@link ModelOptions}
 * ({@link ModelOptions#timeout()} and {@link HttpLimits}), which Praxis also passes to LangChain4j.
 */
final class ModelHttpClientBuilder implements HttpClientBuilder {

    private final ModelTransport transport;
    private final Clock clock;
    private Duration connectTimeout;
    private Duration readTimeout;

    ModelHttpClientBuilder(ModelTransport transport, Clock clock) {
        this.transport = transport;
        this.clock = clock;
        this.connectTimeout = transport.limits().connectTimeout();
        this.readTimeout = transport.readTimeout();
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        if (timeout != null) {
            this.connectTimeout = timeout;
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
            this.readTimeout = timeout;
        }
        return this;
    }

    @Override
    public HttpClient build() {
        return new ModelHttpClient(transport, clock);
    }
}
