package dev.praxis.benchmarks.concurrency;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Models;

import java.time.Duration;
import java.util.Locale;

/**
 * The HTTP transport the harness runs on ({@code --transport}). {@link #PRAXIS} is the model a Praxis user gets
 * ({@link Models#create}); the others are bare candidates: LangChain4j's {@link OpenAiChatModel} on one HTTP client,
 * with no Praxis layers, for comparing transports side by side.
 */
enum Transport {
    /** {@code Models.create}: Praxis's own transport inside the retry and text-tool-call layers. */
    PRAXIS,
    /** The JDK client, HTTP/1.1, completions run on its selector thread ({@code executor(Runnable::run)}). */
    JDK_DIRECT,
    /** OkHttp 5, {@code Call.execute()} on the caller's thread. */
    OKHTTP,
    /** Apache HttpClient 5 classic, on the caller's thread, lax pool. */
    APACHE;

    static Transport parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    ChatModel model(String baseUrl) {
        if (this == PRAXIS) {
            return Models.create(ModelSpec.parse("vllm/bench"),
                    ModelOptions.builder().baseUrl(baseUrl).apiKey("bench-key").build());
        }
        return OpenAiChatModel.builder().httpClientBuilder(builder()).baseUrl(baseUrl).apiKey("bench-key")
                .modelName("bench").timeout(Duration.ofSeconds(60)).maxRetries(0).build();
    }

    private HttpClientBuilder builder() {
        return switch (this) {
            case JDK_DIRECT -> new JdkHttpClientBuilder().httpClientBuilder(java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).executor(Runnable::run));
            case OKHTTP -> OkHttpCandidate.builder();
            case APACHE -> ApacheCandidate.builder();
            case PRAXIS -> throw new IllegalStateException("PRAXIS is built by Models.create");
        };
    }
}
