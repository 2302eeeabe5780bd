package dev.praxis.embedding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** The SHA-256 of a text: what the cache stores instead of the text, fixed-size and not readable back. */
final class TextKey {

    static final int BYTES = 32;

    private final byte[] digest;

    private TextKey(byte[] digest) {
        this.digest = digest;
    }

    static TextKey of(String text) {
        try {
            return new TextKey(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest's javadoc).
            throw new IllegalStateException(e);
        }
    }

    static TextKey fromBytes(byte[] digest) {
        if (digest.length != BYTES) {
            throw new IllegalArgumentException("a text key has " + BYTES + " bytes, got " + digest.length);
        }
        return new TextKey(digest.clone());
    }

    byte[] bytes() {
        return digest.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextKey key && Arrays.equals(digest, key.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(digest);
    }
}
