package dev.praxis.model;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Currency;
import java.util.Deque;
import java.util.Random;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResilientChatModelTest {

    static final ChatRequest HI = ChatRequest.builder().messages(UserMessage.from("hi")).build();
    final RecordingSleeper sleeper = new RecordingSleeper();

    /** Plays a script of outcomes: a RuntimeException is thrown, a String is answered. */
    static final class Scripted implements TokenStreamingModel {
        final Deque<Object> script = new ArrayDeque<>();
        int calls;

        Scripted then(Object outcome) {
            script.add(outcome);
            return this;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            calls++;
            Object next = script.removeFirst();
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return ChatResponse.builder().aiMessage(AiMessage.from((String) next))
                    .tokenUsage(new TokenUsage(1000, 500)).build();
        }

        @Override
        public ChatResponse chat(ChatRequest request, Consumer<String> onToken) {
            onToken.accept("partial");
            return chat(request);
        }
    }

    static ModelUnavailableException unavailable(int status) {
        return new ModelUnavailableException("HTTP " + status, status, null, null);
    }

    ResilientChatModel.Builder builder(RetryPolicy policy) {
        return ResilientChatModel.builder().retry(policy).sleeper(sleeper).random(new Random(7))
                .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void backsOffExponentiallyCappedAtMaxBackoff() {
        Scripted model = new Scripted().then(unavailable(500)).then(unavailable(500)).then(unavailable(500))
                .then(unavailable(500)).then("ok");
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(300), 2.0, 0.0,
                Duration.ofMinutes(1));

        builder(policy).model("m", model).build().chat(HI);

        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ofMillis(300), Duration.ofMillis(300));
    }

    @Test
    void jitterOnlyShortensTheWait() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(1000), Duration.ofMillis(1000), 2.0, 0.5,
                Duration.ofMinutes(1));
        Random random = new Random(1);
        for (int i = 0; i < 50; i++) {
            assertThat(policy.backoff(1, random)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
        }
    }

    @Test
    void doesNotRetryWhatRetryingCannotFix() {
        Scripted model = new Scripted().then(new ModelAuthenticationException("HTTP 401", null));

        assertThatThrownBy(() -> builder(RetryPolicy.defaults()).model("m", model).build().chat(HI))
                .isInstanceOf(ModelAuthenticationException.class);
        assertThat(model.calls).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void stopsWhenTheNextWaitWouldPassTheTotalTimeBudget() {
        Scripted model = new Scripted().then(new ModelUnavailableException("slow down", 429, Duration.ofSeconds(90),
                null));
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1), 2.0, 0.0,
                Duration.ofSeconds(60));

        assertThatThrownBy(() -> builder(policy).model("m", model).build().chat(HI))
                .isInstanceOf(ModelUnavailableException.class).hasMessage("slow down")
                .satisfies(e -> assertThat(((ModelUnavailableException) e).retryAfter()).contains(Duration.ofSeconds(90)));
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void neverRetriesAStreamThatAlreadyPassedTextOn() {
        Scripted model = new Scripted().then(unavailable(500)).then("ok");

        assertThatThrownBy(() -> builder(RetryPolicy.defaults()).model("m", model).build().chat(HI, t -> { }))
                .isInstanceOf(ModelUnavailableException.class);
        assertThat(model.calls).isEqualTo(1);
    }

    @Test
    void attachesTraceWithCostFromThePriceTable() {
        Scripted model = new Scripted().then("ok");
        PriceTable prices = PriceTable.empty().with("m", new PriceTable.Price(new BigDecimal("2"),
                new BigDecimal("4"), Currency.getInstance("EUR")));

        ChatResponse response = builder(RetryPolicy.defaults()).prices(prices).model("m", model).build().chat(HI);

        TracedResponseMetadata metadata = (TracedResponseMetadata) response.metadata();
        assertThat(metadata.tokenUsage().inputTokenCount()).isEqualTo(1000);
        assertThat(metadata.trace().priced()).contains(new ModelCost(new BigDecimal("0.004"),
                Currency.getInstance("EUR")));
        assertThat(metadata.trace().fallbackUsed()).isFalse();
        com.fasterxml.jackson.databind.JsonNode json = dev.praxis.json.PraxisJson.tree(metadata.trace());
        assertThat(json.path("model_used").asText()).isEqualTo("m");
        assertThat(json.path("cost").path("amount").decimalValue()).isEqualByComparingTo("0.004");
        assertThat(json.path("cost").path("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void retryAfterHttpDateIsReadAgainstTheClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        assertThat(RetryAfter.parse("Thu, 01 Jan 2026 00:00:05 GMT", clock)).contains(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse("1.5", clock)).contains(Duration.ofMillis(1500));
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    }
}
