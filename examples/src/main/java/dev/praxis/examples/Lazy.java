package dev.praxis.examples;

import java.util.function.Supplier;

/** A value computed on first use, once, thread-safely: the embedding model takes about a second to load. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private volatile T value;

    private Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    static <T> Lazy<T> of(Supplier<T> factory) {
        return new Lazy<>(factory);
    }

    /** The value if it was computed, without computing it: what to close is only what was opened. */
    java.util.Optional<T> ifComputed() {
        return java.util.Optional.ofNullable(value);
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = factory.get();
                    value = result;
                }
            }
        }
        return result;
    }
}
