package dev.praxis.embedding;

import dev.langchain4j.data.embedding.Embedding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Embeddings of one model kept in one file across processes, keyed by the SHA-256 of the text (the text itself is
 * not stored), so a command line that embeds the same tool descriptions on every start embeds them once.
 *
 * <p>Safe when several processes share the file: {@link #save()} merges with what is on disk, writes a temporary
 * file in the same folder and moves it into place atomically, so a reader sees a whole old file or a whole new one;
 * when two processes save at once, the later rename wins and the other's new entries are computed again next time.
 * A file that is damaged, truncated, of another format version or of another model is ignored (the cache starts
 * empty) and replaced by the next save. Past {@code maxEntries}, the entries used least recently are dropped.
 *
 * <pre>{@code
 * EmbeddingCache cache = EmbeddingCache.open(dir.resolve("embeddings.bin"), "all-minilm-l6-v2-q-1f2e3d4c", 2048);
 * EmbeddingModel model = new CachingEmbeddingModel(new AllMiniLmL6V2QuantizedEmbeddingModel(), cache);
 * ...
 * cache.save();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class EmbeddingCache {

    private final Path file;
    private final String modelId;
    private final int maxEntries;
    private final Clock clock;
    private final Map<TextKey, CacheEntry> entries;
    private boolean changed;

    private EmbeddingCache(Path file, String modelId, int maxEntries, Clock clock, Map<TextKey, CacheEntry> entries) {
        this.file = file;
        this.modelId = modelId;
        this.maxEntries = maxEntries;
        this.clock = clock;
        this.entries = entries;
    }

    /**
     * The cache in {@code file} for the model {@code modelId} (any string that changes when the model's weights do),
     * holding at most {@code maxEntries}. Reads the file if it exists and is valid; creates nothing until
     * {@link #save()}.
     *
     * @param file the cache file
     * @param modelId identifies the model's weights
     * @param maxEntries the most embeddings kept; the least recently used go first
     * @return the cache
     */
    public static EmbeddingCache open(Path file, String modelId, int maxEntries) {
        return open(file, modelId, maxEntries, Clock.systemUTC());
    }

    /**
     * As {@link #open(Path, String, int)}, stamping uses with {@code clock} (which entries are least recent).
     *
     * @param file the cache file
     * @param modelId identifies the model's weights
     * @param maxEntries the most embeddings kept; the least recently used go first
     * @param clock stamps each use
     * @return the cache
     */
    public static EmbeddingCache open(Path file, String modelId, int maxEntries, Clock clock) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        if (modelId == null || modelId.isBlank() || modelId.getBytes(StandardCharsets.UTF_8).length > 1024) {
            throw new IllegalArgumentException("modelId must be 1 to 1024 bytes, got '" + modelId + "'");
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be >= 1, got " + maxEntries);
        }
        return new EmbeddingCache(file, modelId, maxEntries, clock, new HashMap<>(CacheFile.read(file, modelId)));
    }

    /**
     * The cached embedding of {@code text}, if any; marks it as used now.
     *
     * @param text the embedded text
     * @return its embedding, or empty
     */
    public synchronized Optional<Embedding> get(String text) {
        TextKey key = TextKey.of(text);
        CacheEntry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        entries.put(key, entry.usedAt(clock.millis()));
        changed = true;
        return Optional.of(Embedding.from(entry.vector().clone()));
    }

    /**
     * Remembers the embedding of {@code text} until the next {@link #save()}.
     *
     * @param text the embedded text
     * @param embedding its embedding
     */
    public synchronized void put(String text, Embedding embedding) {
        int dimension = embedding.dimension();
        entries.values().stream().findAny().filter(e -> e.vector().length != dimension).ifPresent(e -> {
            throw new IllegalArgumentException("embedding of dimension " + dimension + " in a cache of dimension "
                    + e.vector().length + ": one cache holds one model's vectors");
        });
        entries.put(TextKey.of(text), new CacheEntry(embedding.vector().clone(), clock.millis()));
        changed = true;
    }

    /**
     * How many embeddings this cache holds now.
     *
     * @return the number of entries
     */
    public synchronized int size() {
        return entries.size();
    }

    /**
     * Writes the entries to the file, merged with what other processes saved meanwhile (the more recent use wins),
     * keeping the {@code maxEntries} most recently used. Does nothing when nothing was read or added since the last
     * save.
     *
     * @throws EmbeddingCacheException when the folder cannot be created or written
     */
    public synchronized void save() {
        if (!changed) {
            return;
        }
        Map<TextKey, CacheEntry> merged = new HashMap<>(CacheFile.read(file, modelId));
        entries.forEach((key, entry) -> merged.merge(key, entry, CacheEntry::moreRecent));
        Map<TextKey, CacheEntry> kept = CacheEntry.mostRecent(merged, maxEntries);
        try {
            CacheFile.write(file, modelId, kept);
        } catch (IOException e) {
            throw new EmbeddingCacheException("cannot write the embedding cache " + file + ": " + e.getMessage(), e);
        }
        entries.clear();
        entries.putAll(kept);
        changed = false;
    }

    /**
     * The file this cache reads and writes.
     *
     * @return the file
     */
    public Path file() {
        return file;
    }
}
