package dev.praxis.agent;

import dev.praxis.model.ModelCost;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an {@link Interceptor} may know about the run a call belongs to: who, where, how much it has used so far,
 * and a place for the interceptor's own per-run state. Delegated runs (agents used as tools) share the scope of
 * the run that called them.
 */
public interface RunScope {

    /**
     * The run's id, as in the run record.
     *
     * @return the run id
     */
    String runId();

    /**
     * The agent whose run this is (the outer agent for delegated calls).
     *
     * @return the agent's name
     */
    String agent();

    /**
     * The conversation.
     *
     * @return the session id
     */
    String sessionId();

    /**
     * The person talking.
     *
     * @return the user id
     */
    String userId();

    /**
     * Tokens used by the run's model calls so far.
     *
     * @return the usage so far
     */
    Usage usage();

    /**
     * What the run's model calls cost so far, when they are priced.
     *
     * @return the cost so far, or empty when no call was priced
     */
    Optional<ModelCost> cost();

    /**
     * Time since the run started.
     *
     * @return the elapsed time
     */
    Duration elapsed();

    /**
     * Per-run state of an interceptor: the value under {@code key}, created by {@code initial} on first use.
     * Thread-safe; the value itself must be too when tool calls run in parallel.
     *
     * @param <T> the value's type
     * @param key the key
     * @param initial creates the value on first use
     * @return the value
     */
    <T> T local(Key<T> key, Supplier<T> initial);

    /**
     * A typed key for {@link #local}; keys are compared by identity, so keep one in a constant.
     *
     * @param <T> the type of the value
     */
    final class Key<T> {
        private final String name;

        private Key(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * A new key; {@code name} is only for messages.
         *
         * @param <T> the value's type
         * @param name a name for messages
         * @return the key
         */
        public static <T> Key<T> of(String name) {
            return new Key<>(name);
        }

        @Override
        public String toString() {
            return "Key[" + name + "]";
        }
    }
}
