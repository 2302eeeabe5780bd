package dev.praxis.model;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a model from {@link Models#create} owns (connections and threads, per backend, none shared) is released
 * when it is closed, and the {@link HttpLimits} reach the model's errors.
 */
class ModelLifecycleTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private static final ChatRequest HI = ChatRequest.builder().messages(UserMessage.from("hi")).build();

    private TokenStreamingModel model(ModelOptions.Builder options) {
        return Models.create(ModelSpec.parse("vllm/qwen"), options.baseUrl(server.url("/v1").toString())
                .env(java.util.Map.of()).build(), null, new RecordingSleeper(), Clock.systemUTC());
    }

    @Test
    void closingTheModelStopsTheThreadsOfEveryBackendInItsChainAndEndsItsUse() throws Exception {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(WireBodies.openAiText("Hello")).build());
        Set<Thread> before = transportThreads();
        TokenStreamingModel model = model(ModelOptions.builder()
                .fallbacks(List.of(ModelSpec.parse("vllm/other"))).retry(RetryPolicy.none()));
        assertThat(model.chat(HI).aiMessage().text()).isEqualTo("Hello");
        Set<Thread> started = transportThreads();
        started.removeAll(before);
        assertThat(started.stream().map(Thread::getName).map(n -> n.substring(0, n.lastIndexOf("-timer") + 1))
                .filter(n -> !n.isEmpty()).collect(Collectors.toSet()))
                .as("one timer per backend: the primary and its fallback").hasSize(2);

        model.close();
        model.close();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (started.stream().anyMatch(Thread::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(started).noneMatch(Thread::isAlive);
        assertThatThrownBy(() -> model.chat(HI)).isInstanceOf(ModelRequestException.class)
                .hasMessageContaining("the model is closed");
    }

    @Test
    void aResponseOverTheSizeLimitIsARequestErrorThatIsNotRetried() {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(WireBodies.openAiText("x".repeat(4000))).build());
        try (TokenStreamingModel model = model(ModelOptions.builder()
                .retry(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1), 1.0, 0.0, Duration.ofSeconds(5)))
                .httpLimits(HttpLimits.defaults().withMaxResponseBytes(1024)))) {

            assertThatThrownBy(() -> model.chat(HI)).isInstanceOf(ModelRequestException.class)
                    .hasMessageContaining("was refused").hasMessageContaining("HttpLimits.maxResponseBytes");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private static Set<Thread> transportThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("praxis-http-"))
                .collect(Collectors.toSet());
    }
}
