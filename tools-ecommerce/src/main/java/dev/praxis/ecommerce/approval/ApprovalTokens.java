package dev.praxis.ecommerce.approval;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Issues and checks approval tokens: {@code purpose.subject.hash.expiryEpochSeconds.signature}, the signature
 * an HMAC-SHA256 of the rest under a secret key. A token says "the shopper approved exactly the preview with
 * this hash, for this subject, until then". Expiry is read from an injected {@link Clock}.
 *
 * <pre>{@code
 * ApprovalTokens tokens = new ApprovalTokens(clock, Duration.ofMinutes(15));
 * String token = tokens.issue("checkout", "chk-1", previewHash);
 * ApprovalTokens.Claims claims = tokens.verify(token, "checkout"); // throws when expired or forged
 * }</pre>
 */
public final class ApprovalTokens {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]+");

    /** What a valid token asserts. */
    public record Claims(String purpose, String subject, String previewHash, Instant expiresAt) {
    }

    private final Clock clock;
    private final Duration lifetime;
    private final byte[] key;

    /** Tokens signed with a fresh random key (valid for this process only). */
    public ApprovalTokens(Clock clock, Duration lifetime) {
        this(clock, lifetime, randomKey());
    }

    /** Tokens signed with {@code key} (at least 32 bytes), e.g. shared by several instances. */
    public ApprovalTokens(Clock clock, Duration lifetime, byte[] key) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive, got " + lifetime);
        }
        if (key.length < 32) {
            throw new IllegalArgumentException("key must have at least 32 bytes, got " + key.length);
        }
        this.lifetime = lifetime;
        this.key = key.clone();
    }

    /** When a token issued now expires. */
    public Instant expiryFromNow() {
        return clock.instant().plus(lifetime);
    }

    /** A token for {@code previewHash}, expiring {@link #expiryFromNow()}. */
    public String issue(String purpose, String subject, String previewHash) {
        for (String part : new String[]{purpose, subject, previewHash}) {
            if (!PART.matcher(part).matches()) {
                throw new IllegalArgumentException("token parts must be [A-Za-z0-9_-]+, got '" + part + "'");
            }
        }
        String body = purpose + "." + subject + "." + previewHash + "." + expiryFromNow().getEpochSecond();
        return body + "." + sign(body);
    }

    /**
     * The claims of {@code token} if it is well formed, signed by this key, for {@code purpose} and not expired.
     *
     * @throws ApprovalException naming what is wrong
     */
    public Claims verify(String token, String purpose) {
        if (token == null || token.isBlank()) {
            throw new ApprovalException("approval_token is required: call the matching prepare_ tool, show the "
                    + "preview to the shopper and use the token only after they approve it");
        }
        String[] parts = token.trim().split("\\.");
        if (parts.length != 5) {
            throw new ApprovalException("approval_token is malformed; use the token exactly as returned by the prepare_ tool");
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII), parts[4].getBytes(StandardCharsets.US_ASCII))) {
            throw new ApprovalException("approval_token is not valid (signature mismatch); it was not issued by this store");
        }
        if (!parts[0].equals(purpose)) {
            throw new ApprovalException("approval_token was issued for " + parts[0] + ", not for " + purpose);
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[3]));
        if (!clock.instant().isBefore(expiresAt)) {
            throw new ApprovalException("approval_token expired at " + expiresAt + "; prepare again and ask the shopper to approve the new preview");
        }
        return new Claims(parts[0], parts[1], parts[2], expiresAt);
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
