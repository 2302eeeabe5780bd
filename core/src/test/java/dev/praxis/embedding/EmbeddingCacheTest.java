package dev.praxis.embedding;

import dev.langchain4j.data.embedding.Embedding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddingCacheTest {

    private static final String MODEL = "test-model-1";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("cache").resolve("embeddings.bin");
    }

    /** A vector that only {@code text} has, so a mixed-up entry shows. */
    static Embedding vectorOf(String text) {
        float[] v = new float[8];
        for (int i = 0; i < v.length; i++) {
            v[i] = text.hashCode() * 31f + i;
        }
        return Embedding.from(v);
    }

    @Test
    void keepsEmbeddingsForTheNextProcess() {
        EmbeddingCache first = EmbeddingCache.open(file(), MODEL, 100);
        first.put("loan payment", vectorOf("loan payment"));
        first.save();

        EmbeddingCache next = EmbeddingCache.open(file(), MODEL, 100);

        assertThat(next.get("loan payment")).hasValueSatisfying(
                e -> assertThat(e.vector()).containsExactly(vectorOf("loan payment").vector()));
        assertThat(next.get("present value")).isEmpty();
    }

    @Test
    void storesNoTextInTheFile() throws IOException {
        EmbeddingCache cache = EmbeddingCache.open(file(), MODEL, 100);
        cache.put("my secret question about a loan", vectorOf("x"));
        cache.save();

        assertThat(new String(Files.readAllBytes(file()), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("secret");
    }

    @Test
    void ignoresACorruptedFileAndReplacesItOnSave() throws IOException {
        EmbeddingCache cache = EmbeddingCache.open(file(), MODEL, 100);
        cache.put("a", vectorOf("a"));
        cache.save();
        byte[] bytes = Files.readAllBytes(file());
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file(), bytes);

        EmbeddingCache reopened = EmbeddingCache.open(file(), MODEL, 100);
        assertThat(reopened.size()).isZero();

        reopened.put("b", vectorOf("b"));
        reopened.save();
        EmbeddingCache repaired = EmbeddingCache.open(file(), MODEL, 100);
        assertThat(repaired.size()).isEqualTo(1);
        assertThat(repaired.get("b")).isPresent();
    }

    @Test
    void ignoresATruncatedOrForeignFile() throws IOException {
        EmbeddingCache cache = EmbeddingCache.open(file(), MODEL, 100);
        cache.put("a", vectorOf("a"));
        cache.save();
        byte[] bytes = Files.readAllBytes(file());

        Files.write(file(), java.util.Arrays.copyOf(bytes, bytes.length - 5));
        assertThat(EmbeddingCache.open(file(), MODEL, 100).size()).isZero();

        Files.writeString(file(), "not a cache at all");
        assertThat(EmbeddingCache.open(file(), MODEL, 100).size()).isZero();

        Files.write(file(), new byte[0]);
        assertThat(EmbeddingCache.open(file(), MODEL, 100).size()).isZero();
    }

    @Test
    void ignoresTheCacheOfAnotherModel() {
        EmbeddingCache cache = EmbeddingCache.open(file(), MODEL, 100);
        cache.put("a", vectorOf("a"));
        cache.save();

        assertThat(EmbeddingCache.open(file(), "another-model", 100).get("a")).isEmpty();
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondMaxEntries() {
        AtomicLong now = new AtomicLong(1_000);
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(now.incrementAndGet());
            }
        };
        EmbeddingCache cache = EmbeddingCache.open(file(), MODEL, 2, clock);
        cache.put("old", vectorOf("old"));
        cache.put("used again", vectorOf("used again"));
        cache.put("new", vectorOf("new"));
        cache.get("used again");
        cache.save();

        EmbeddingCache reopened = EmbeddingCache.open(file(), MODEL, 2, clock);
        assertThat(reopened.size()).isEqualTo(2);
        assertThat(reopened.get("old")).isEmpty();
        assertThat(reopened.get("used again")).isPresent();
        assertThat(reopened.get("new")).isPresent();
    }

    @Test
    void refusesAVectorOfAnotherDimension() {
        EmbeddingCache cache = EmbeddingCache.open(file(), MODEL, 100);
        cache.put("a", vectorOf("a"));

        assertThatThrownBy(() -> cache.put("b", Embedding.from(new float[3])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimension 3");
    }

    @Test
    void refusesABlankModelIdAndNoRoom() {
        assertThatThrownBy(() -> EmbeddingCache.open(file(), " ", 10)).hasMessageContaining("modelId");
        assertThatThrownBy(() -> EmbeddingCache.open(file(), MODEL, 0)).hasMessageContaining("maxEntries must be >= 1, got 0");
    }

    @Test
    void concurrentWritersLeaveOneWholeFileThatReadersNeverSeeHalfWritten() throws Exception {
        int writers = 6;
        int rounds = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch firstSaved = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger emptyReadsAfterFirstSave = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                for (int round = 0; round < rounds; round++) {
                    // Each writer is its own "process": its own instance, reading the file afresh.
                    EmbeddingCache cache = EmbeddingCache.open(file(), MODEL, 10_000);
                    for (int i = 0; i < 20; i++) {
                        String text = "writer " + writer + " round " + round + " text " + i;
                        cache.put(text, vectorOf(text));
                    }
                    cache.save();
                    firstSaved.countDown();
                }
                return null;
            }));
        }
        Future<?> reader = pool.submit(() -> {
            start.await();
            firstSaved.await();
            while (writing.get()) {
                reads.incrementAndGet();
                if (EmbeddingCache.open(file(), MODEL, 10_000).size() == 0) {
                    emptyReadsAfterFirstSave.incrementAndGet();
                }
            }
            return null;
        });
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        writing.set(false);
        reader.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(reads.get()).isPositive();
        assertThat(emptyReadsAfterFirstSave.get()).as("reads of a half-written file").isZero();
        EmbeddingCache last = EmbeddingCache.open(file(), MODEL, 10_000);
        assertThat(last.size()).isGreaterThanOrEqualTo(20);
        for (int w = 0; w < writers; w++) {
            for (int round = 0; round < rounds; round++) {
                String text = "writer " + w + " round " + round + " text 0";
                last.get(text).ifPresent(e -> assertThat(e.vector()).containsExactly(vectorOf(text).vector()));
            }
        }
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("embeddings.bin");
        }
    }
}
