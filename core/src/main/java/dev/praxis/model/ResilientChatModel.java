package dev.praxis.model;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.PraxisException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Retries and falls back. Each model is tried up to {@link RetryPolicy#maxAttempts()} times while it fails
 * with a retriable error (429, 5xx, connection refused or reset, timeout), waiting the server's
 * {@code Retry-After} or an exponential backoff with jitter, within {@link RetryPolicy#maxTotalTime()};
 * then the next model of the fallback chain is tried. Errors that retrying cannot fix (400, 401, 404) are
 * thrown at once. A stream that has already passed text on is never retried (the caller would see the
 * text twice). Every response carries a {@link TracedResponseMetadata} with the {@link ModelCallTrace}.
 *
 * <pre>{@code
 * TokenStreamingModel model = ResilientChatModel.builder()
 *     .model("ollama/qwen2.5:7b", primary)
 *     .model("ollama/qwen2.5:3b", fallback)
 *     .retry(RetryPolicy.defaults())
 *     .build();
 * }</pre>
 */
public final class ResilientChatModel implements TokenStreamingModel {

    /** A model in the chain and the name the trace gives it. */
    private record Candidate(String name, TokenStreamingModel model) {
        Candidate {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(model, "model");
        }
    }

    private final List<Candidate> candidates;
    private final RetryPolicy policy;
    private final PriceTable prices;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;

    private ResilientChatModel(Builder b) {
        if (b.candidates.isEmpty()) {
            throw new IllegalArgumentException("a ResilientChatModel needs at least one model");
        }
        this.candidates = List.copyOf(b.candidates);
        this.policy = b.policy;
        this.prices = b.prices;
        this.sleeper = b.sleeper;
        this.clock = b.clock;
        this.random = b.random;
    }

    /**
     * A builder; add at least one model.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return run(candidate -> candidate.model().chat(request), () -> false);
    }

    @Override
    public ChatResponse chat(ChatRequest request, Consumer<String> onToken) {
        AtomicBoolean emitted = new AtomicBoolean();
        Consumer<String> tracking = token -> {
            emitted.set(true);
            onToken.accept(token);
        };
        return run(candidate -> candidate.model().chat(request, tracking), emitted::get);
    }

    private interface Call {
        ChatResponse on(Candidate candidate);
    }

    private interface Flag {
        boolean get();
    }

    private ChatResponse run(Call call, Flag emitted) {
        Instant start = clock.instant();
        List<ModelCallTrace.FailedAttempt> failures = new ArrayList<>();
        int attempts = 0;
        PraxisException last = null;
        for (int c = 0; c < candidates.size(); c++) {
            Candidate candidate = candidates.get(c);
            for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
                attempts++;
                try {
                    ChatResponse response = call.on(candidate);
                    return traced(response, candidate, attempts, failures, c > 0);
                } catch (PraxisException e) {
                    last = e;
                    if (!e.retriable() || emitted.get()) {
                        throw e;
                    }
                    Duration wait = waitAfter(e, attempt, start);
                    boolean retrySame = attempt < policy.maxAttempts() && wait != null;
                    failures.add(new ModelCallTrace.FailedAttempt(candidate.name(), attempt, e.getMessage(),
                            retrySame ? wait : Duration.ZERO));
                    if (!retrySame) {
                        break;
                    }
                    sleep(wait);
                }
            }
        }
        throw exhausted(last, attempts);
    }

    /** The wait before the next attempt, or null when it would end after the total time budget. */
    private Duration waitAfter(PraxisException error, int attempt, Instant start) {
        Duration wait = error instanceof ModelUnavailableException u && u.retryAfter().isPresent()
                ? u.retryAfter().get() : policy.backoff(attempt, random);
        Duration elapsed = Duration.between(start, clock.instant());
        return elapsed.plus(wait).compareTo(policy.maxTotalTime()) > 0 ? null : wait;
    }

    private void sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException("interrupted while waiting to retry the model", e);
        }
    }

    private ChatResponse traced(ChatResponse response, Candidate candidate, int attempts,
                                List<ModelCallTrace.FailedAttempt> failures, boolean fallback) {
        ModelCallTrace trace = new ModelCallTrace(candidate.name(), attempts, failures, fallback,
                prices.cost(candidate.name(), response.tokenUsage()).orElse(null));
        return response.toBuilder().metadata(TracedResponseMetadata.of(response.metadata(), trace)).build();
    }

    /** The error after the last attempt: itself when there was only one, else a summary with it as cause. */
    private PraxisException exhausted(PraxisException last, int attempts) {
        if (attempts == 1) {
            return last;
        }
        String models = candidates.size() == 1 ? candidates.get(0).name()
                : candidates.stream().map(Candidate::name).toList().toString();
        return new ModelUnavailableException("no answer from " + models + " after " + attempts
                + " attempt(s); last error: " + last.getMessage(), last);
    }

    /** Closes every model in the chain (each backend's connections and threads). */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (Candidate candidate : candidates) {
            try {
                candidate.model().close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Builds a {@link ResilientChatModel}; add the primary model first, then fallbacks in order. */
    public static final class Builder {
        private final List<Candidate> candidates = new ArrayList<>();
        private RetryPolicy policy = RetryPolicy.defaults();
        private PriceTable prices = PriceTable.empty();
        private Sleeper sleeper = Sleeper.system();
        private Clock clock = Clock.systemUTC();
        private RandomGenerator random = new Random();

        private Builder() {
        }

        /**
         * Adds a model: the first is the primary, later ones are fallbacks in order.
         *
         * @param name the model's name in traces and the price table
         * @param model the model
         * @return this builder
         */
        public Builder model(String name, TokenStreamingModel model) {
            candidates.add(new Candidate(name, model));
            return this;
        }

        /**
         * How each model is retried; default {@link RetryPolicy#defaults()}.
         *
         * @param policy the retry policy
         * @return this builder
         */
        public Builder retry(RetryPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Prices for the cost in traces; default none.
         *
         * @param prices the price table
         * @return this builder
         */
        public Builder prices(PriceTable prices) {
            this.prices = Objects.requireNonNull(prices, "prices");
            return this;
        }

        /**
         * How waits happen; tests pass one that records them.
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * The clock for the total retry time.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The source of backoff jitter.
         *
         * @param random the random generator
         * @return this builder
         */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * The model with the models and settings given so far.
         *
         * @return the model
         */
        public ResilientChatModel build() {
            return new ResilientChatModel(this);
        }
    }
}
