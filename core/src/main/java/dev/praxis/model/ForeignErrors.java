package dev.praxis.model;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.praxis.PraxisException;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Turns what a model Praxis did not build threw into a {@link PraxisException}, so that
 * {@link ResilientChatModel} knows what to retry. It reads only what LangChain4j's exception types say: an
 * {@link HttpException}'s status anywhere in the cause chain, else the class of LangChain4j's mapped exception
 * ({@link RetriableException} and its {@code RateLimitException}, {@code InternalServerException},
 * {@code TimeoutException}; {@link NonRetriableException}), else a socket timeout or I/O error. LangChain4j's
 * {@code HttpException} keeps the status and body but not the headers, so {@code Retry-After} is known only when
 * the client ran on Praxis's HTTP client ({@link StatusException}); otherwise the policy's backoff is used.
 * Anything else (an SDK's own exception type, e.g. the AWS SDK's) is not retried: nothing in it can be read
 * without that SDK.
 */
final class ForeignErrors {

    private final String name;

    ForeignErrors(String name) {
        this.name = name;
    }

    PraxisException translate(Throwable error) {
        if (error instanceof PraxisException praxis) {
            return praxis;
        }
        HttpException http = find(error, HttpException.class);
        if (http != null) {
            Duration retryAfter = http instanceof StatusException s ? s.retryAfter().orElse(null) : null;
            return fromStatus(http.statusCode(), http.getMessage(), retryAfter, error);
        }
        if (find(error, TimeoutException.class) != null || find(error, SocketTimeoutException.class) != null
                || find(error, HttpTimeoutException.class) != null) {
            return new ModelTimeoutException(name + " did not answer in time: " + error.getMessage(), error);
        }
        if (error instanceof RetriableException || find(error, IOException.class) != null
                || error instanceof UnresolvedModelServerException) {
            return new ModelUnavailableException(name + " is unavailable: " + error.getMessage(),
                    statusOf(error), null, error);
        }
        if (error instanceof AuthenticationException) {
            return new ModelAuthenticationException(name + " refused the credentials: " + error.getMessage(), error);
        }
        if (error instanceof dev.langchain4j.exception.ModelNotFoundException) {
            return new ModelNotFoundException(name + " does not know the model: " + error.getMessage(), error);
        }
        return new ModelRequestException(name + " failed: " + error.getMessage(), error);
    }

    private PraxisException fromStatus(int status, String body, Duration retryAfter, Throwable error) {
        String detail = name + " (HTTP " + status + ": " + body + ")";
        if (status == 401 || status == 403) {
            return new ModelAuthenticationException("credentials refused by " + detail, error);
        }
        if (status == 404) {
            return new ModelNotFoundException("model not found by " + detail, error);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new ModelUnavailableException("no answer now from " + detail, status, retryAfter, error);
        }
        return new ModelRequestException("request rejected by " + detail, error);
    }

    /** The status LangChain4j's class stands for, when no {@code HttpException} survived in the chain. */
    private static int statusOf(Throwable error) {
        if (error instanceof RateLimitException) {
            return 429;
        }
        return error instanceof InternalServerException ? 500 : 0;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
