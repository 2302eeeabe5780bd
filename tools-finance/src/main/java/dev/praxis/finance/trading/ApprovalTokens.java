package dev.praxis.finance.trading;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks approval tokens: {@code v1.<expiry epoch seconds>.<nonce>.<HMAC-SHA256(order|expiry|nonce)>}
 * with a secret drawn once per instance, so tokens cannot be forged, do not survive a restart and are bound to
 * one exact order.
 */
final class ApprovalTokens {

    enum Check { VALID, MALFORMED, OTHER_ORDER, EXPIRED }

    private final byte[] secret = new byte[32];
    private final SecureRandom random = new SecureRandom();

    ApprovalTokens() {
        random.nextBytes(secret);
    }

    String issue(Order order, Instant expiresAt) {
        byte[] nonceBytes = new byte[8];
        random.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        long expiry = expiresAt.getEpochSecond();
        return "v1." + expiry + "." + nonce + "." + sign(order, expiry, nonce);
    }

    Check check(String token, Order order, Instant now) {
        String[] parts = token == null ? new String[0] : token.trim().split("\\.");
        if (parts.length != 4 || !parts[0].equals("v1") || !parts[1].matches("\\d{1,12}")
                || !parts[2].matches("[0-9a-f]{16}")) {
            return Check.MALFORMED;
        }
        long expiry = Long.parseLong(parts[1]);
        byte[] expected = sign(order, expiry, parts[2]).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Check.OTHER_ORDER;
        }
        return now.isAfter(Instant.ofEpochSecond(expiry)) ? Check.EXPIRED : Check.VALID;
    }

    static Instant expiryOf(String token) {
        return Instant.ofEpochSecond(Long.parseLong(token.trim().split("\\.")[1]));
    }

    private String sign(Order order, long expiry, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((order.canonical() + "|" + expiry + "|" + nonce).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
