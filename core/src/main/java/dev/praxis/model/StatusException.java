package dev.praxis.model;

import dev.langchain4j.exception.HttpException;

import java.time.Duration;
import java.util.Optional;

/**
 * An HTTP error that keeps what LangChain4j's own {@code HttpException} drops: the {@code Retry-After}
 * header. LangChain4j's exception mapper wraps the root {@code HttpException} as the cause of its
 * {@code RateLimitException} etc., so {@link ErrorTranslator} finds this one in the cause chain.
 */
final class StatusException extends HttpException {

    private final transient Duration retryAfter;

    StatusException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
