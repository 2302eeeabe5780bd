package dev.praxis.embedding;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** One cached vector and when it was last used (epoch milliseconds), which decides what is dropped first. */
record CacheEntry(float[] vector, long lastUsed) {

    CacheEntry usedAt(long millis) {
        return new CacheEntry(vector, Math.max(lastUsed, millis));
    }

    static CacheEntry moreRecent(CacheEntry a, CacheEntry b) {
        return b.lastUsed > a.lastUsed ? b : a;
    }

    /** The {@code max} most recently used entries of {@code entries}. */
    static <K> Map<K, CacheEntry> mostRecent(Map<K, CacheEntry> entries, int max) {
        Map<K, CacheEntry> kept = new LinkedHashMap<>();
        entries.entrySet().stream()
                .sorted(Map.Entry.<K, CacheEntry>comparingByValue(Comparator.comparingLong(CacheEntry::lastUsed)).reversed())
                .limit(max)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }
}
