package dev.praxis.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Links one streamed call in {@link ClientModel} with the HTTP stream {@link ModelHttpClient} opens for it.
 * LangChain4j's streaming models call {@code HttpClient.execute} on the caller's thread, so the observer is
 * handed over in a thread-local for the duration of that call. It records activity (for the idle timeout),
 * lets the caller close a stalled stream, and reports a stream that failed or ended early even when
 * LangChain4j's handler would never call back (an Ollama {@code {"error":...}} line leaves it hanging).
 */
final class StreamObserver {

    private static final ThreadLocal<StreamObserver> CURRENT = new ThreadLocal<>();

    private final Consumer<Throwable> onFailure;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile InputStream body;
    private volatile boolean cancelled;

    StreamObserver(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    static StreamObserver current() {
        return CURRENT.get();
    }

    void bind() {
        CURRENT.set(this);
    }

    static void unbind() {
        CURRENT.remove();
    }

    void activity() {
        lastActivityNanos = System.nanoTime();
    }

    long idleNanos() {
        return System.nanoTime() - lastActivityNanos;
    }

    void opened(InputStream stream) {
        this.body = stream;
        activity();
        if (cancelled) {
            closeQuietly();
        }
    }

    void failed(Throwable error) {
        onFailure.accept(error);
    }

    /** Closes the stream so the reading thread ends; best effort. */
    void cancel() {
        cancelled = true;
        closeQuietly();
    }

    boolean cancelled() {
        return cancelled;
    }

    private void closeQuietly() {
        InputStream stream = body;
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the stream is being abandoned; nothing to report
            }
        }
    }
}
