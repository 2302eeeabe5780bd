package dev.praxis.memory.store;

import java.util.Objects;

/** Validation shared by the stores, so every store rejects the same bad ids with the same words. */
final class SessionIds {

    static final int MAX_LENGTH = 255;

    private SessionIds() {
    }

    static String check(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        if (sessionId.isBlank() || sessionId.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("sessionId must be 1.." + MAX_LENGTH + " characters and not blank, got '"
                    + sessionId + "'");
        }
        return sessionId;
    }

    static String checkKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank() || key.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("state key must be 1.." + MAX_LENGTH + " characters and not blank, got '"
                    + key + "'");
        }
        return key;
    }

    static long checkVersion(long expectedVersion) {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must be >= 0, got " + expectedVersion);
        }
        return expectedVersion;
    }
}
