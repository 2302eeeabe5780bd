package dev.praxis.examples.embedding;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the command line keeps what it can rebuild: {@code $PRAXIS_CACHE_DIR}, else {@code $XDG_CACHE_HOME/praxis},
 * else {@code ~/.cache/praxis} (the XDG base directory convention). Deleting it is always safe; the next run
 * rebuilds what it needs.
 */
public final class CacheFolder {

    private CacheFolder() {
    }

    /** The cache folder for the environment {@code env} (it need not exist yet). */
    public static Path of(Map<String, String> env) {
        String explicit = env.get("PRAXIS_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "praxis");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "praxis");
    }
}
