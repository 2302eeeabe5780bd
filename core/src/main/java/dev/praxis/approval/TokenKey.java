package dev.praxis.approval;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The secret that signs approval tokens. Every process that must accept the same tokens uses the same key, so a
 * key comes from configuration or from a file in the data directory, never from a per-process random draw.
 *
 * <pre>{@code
 * TokenKey key = TokenKey.inDirectory(Path.of("/var/lib/praxis"));   // created once, 0600, shared by processes
 * TokenKey key = TokenKey.fromBase64(System.getenv("PRAXIS_APPROVAL_KEY"));
 * }</pre>
 */
@FunctionalInterface
public interface TokenKey {

    /** Name of the environment variable (and, lower-cased with dots, the system property) holding a base64 key. */
    String ENVIRONMENT_VARIABLE = "PRAXIS_APPROVAL_KEY";

    /** System property holding a base64 key; it wins over the environment variable. */
    String SYSTEM_PROPERTY = "praxis.approval.key";

    /** Smallest key accepted, in bytes: the output size of HMAC-SHA256. */
    int MIN_BYTES = 32;

    /**
     * The key bytes (at least {@link #MIN_BYTES}); a copy the caller may keep.
     *
     * @return the key bytes
     */
    byte[] bytes();

    /**
     * A fixed key, e.g. from a secret manager; {@code key} must have at least {@link #MIN_BYTES} bytes.
     *
     * @param key the key bytes, copied
     * @return the key
     */
    static TokenKey of(byte[] key) {
        byte[] copy = requireLength(key.clone(), "key");
        return copy::clone;
    }

    /**
     * A key written as base64 (standard or URL alphabet), e.g. the output of {@code openssl rand -base64 32}.
     *
     * @param base64 the key in base64
     * @return the key
     */
    static TokenKey fromBase64(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("approval key is empty; expected base64 of at least " + MIN_BYTES
                    + " bytes, e.g. the output of 'openssl rand -base64 32'");
        }
        String text = base64.trim();
        try {
            byte[] key = text.indexOf('-') >= 0 || text.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
            return of(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("approval key is not valid base64 of at least " + MIN_BYTES
                    + " bytes: " + e.getMessage(), e);
        }
    }

    /**
     * The key configured in system property {@value #SYSTEM_PROPERTY} or environment variable
     * {@value #ENVIRONMENT_VARIABLE} (base64), if either is set.
     *
     * @return the key, or empty when none is configured
     */
    static Optional<TokenKey> fromConfiguration() {
        return fromConfiguration(System.getenv(), System::getProperty);
    }

    /**
     * {@link #fromConfiguration()} over the given environment and properties, for tests and hosts.
     *
     * @param environment the environment variables
     * @param properties looks up a system property
     * @return the key, or empty when none is configured
     */
    static Optional<TokenKey> fromConfiguration(Map<String, String> environment, Function<String, String> properties) {
        String property = properties.apply(SYSTEM_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Optional.of(fromBase64(property));
        }
        String variable = environment.get(ENVIRONMENT_VARIABLE);
        return variable == null || variable.isBlank() ? Optional.empty() : Optional.of(fromBase64(variable));
    }

    /**
     * The key in {@code directory/approval.key}, created with 32 random bytes on first use (owner-only permissions
     * where the file system has them). Creation is atomic, so processes starting together end up with one key.
     *
     * @param directory the data directory
     * @return the key
     */
    static TokenKey inDirectory(Path directory) {
        return FileTokenKey.open(directory);
    }

    private static byte[] requireLength(byte[] key, String what) {
        if (key.length < MIN_BYTES) {
            throw new IllegalArgumentException(what + " must have at least " + MIN_BYTES + " bytes, got " + key.length);
        }
        return key;
    }
}
