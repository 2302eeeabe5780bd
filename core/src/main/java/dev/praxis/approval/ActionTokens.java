package dev.praxis.approval;

import dev.praxis.internal.json.SharedJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.json.PraxisJson;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Approval tokens for previewed actions: a token says "a person approved exactly this action, in this
 * conversation, until then, once". A tool that previews an irreversible action issues one over the action's
 * canonical form; the tool that executes it redeems the token over the action it is about to run, so a token for
 * one cart, refund or order never executes another.
 *
 * <p>Format: {@code base64url(payload) "." base64url(HMAC-SHA256(key, payload || 0x00 || session))}. The payload
 * is JSON with the token id (random, 128 bits), the kind, the SHA-256 of the action's canonical JSON, a short tag of
 * the session (for a clear message only), the expiry in epoch milliseconds and the issuer's terms. The signature
 * covers all of them and the full session id. A token is valid while {@code now < expiresAt} by the injected clock,
 * and {@link #redeem} marks it used in {@link UsedTokens}, so it approves one execution. The key comes from
 * {@link TokenKey}: configuration or a file in the data directory, never a per-process draw, so every process over
 * the same key and used-token store accepts the same tokens exactly once.
 *
 * <pre>{@code
 * ActionTokens tokens = ActionTokens.inDirectory(dataDir, Clock.systemUTC());
 * ActionToken token = tokens.issue("refund", preview, sessionId, Duration.ofMinutes(15));   // in prepare_refund
 * tokens.redeem(token.value(), "refund", previewRebuiltNow, sessionId);                      // in issue_refund
 * }</pre>
 */
public final class ActionTokens {

    /** Longest token text accepted; anything longer is refused unread. */
    public static final int MAX_TOKEN_CHARS = 2048;

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    private static final Pattern TERM_NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    private static final int MAX_TERM_CHARS = 200;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final TokenKey key;
    private final UsedTokens used;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * Tokens signed with {@code key}, spent in {@code used}, timed by {@code clock}.
     *
     * @param key signs and checks the tokens
     * @param used where redeemed tokens are recorded
     * @param clock tells the time for expiry
     */
    public ActionTokens(TokenKey key, UsedTokens used, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.used = Objects.requireNonNull(used, "used");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Tokens for every process on one data directory: the key in {@code directory/approval.key} (created once) and
     * the used tokens in {@code directory/used-approval-tokens.log}.
     *
     * @param directory the shared data directory
     * @param clock tells the time for expiry
     * @return the tokens
     */
    public static ActionTokens inDirectory(Path directory, Clock clock) {
        return new ActionTokens(TokenKey.inDirectory(directory), UsedTokens.inDirectory(directory), clock);
    }

    /**
     * Tokens signed with the key from configuration ({@link TokenKey#fromConfiguration()}), used tokens kept in this
     * process. Without a configured key, issuing a token fails with a message saying how to configure one; nothing
     * falls back to a key that dies with the process.
     *
     * @param clock tells the time for expiry
     * @return the tokens
     */
    public static ActionTokens fromConfiguration(Clock clock) {
        TokenKey configured = () -> TokenKey.fromConfiguration().orElseThrow(() -> new IllegalStateException(
                "no approval key is configured: set " + TokenKey.ENVIRONMENT_VARIABLE + " (or -D"
                        + TokenKey.SYSTEM_PROPERTY + ") to base64 of 32 random bytes, or give the pack "
                        + "ActionTokens.inDirectory(dataDir, clock)")).bytes();
        return new ActionTokens(configured, UsedTokens.inMemory(clock), clock);
    }

    /**
     * Lower-case hex SHA-256 of the canonical JSON of {@code action}: what a token binds.
     *
     * @param action the action, any Jackson-serialisable value
     * @return the hash
     */
    public static String hash(Object action) {
        return HexFormat.of().formatHex(ActionHash.of(action));
    }

    /**
     * A token for {@code action} of {@code kind} in {@code session}, valid for {@code lifetime} from now.
     *
     * @param kind the kind of action, e.g. {@code place_order}
     * @param action the action the token allows
     * @param session the session it is valid in
     * @param lifetime how long it is valid
     * @return the token
     */
    public ActionToken issue(String kind, Object action, String session, Duration lifetime) {
        return issue(kind, action, session, lifetime, Map.of());
    }

    /**
     * A token carrying signed {@code terms} (names {@code [a-z][a-z0-9_]*}, values up to 200 characters), e.g. a
     * trade's price bound, which the executing tool reads back from {@link ActionToken#terms()}.
     *
     * @param kind the kind of action, e.g. {@code place_order}
     * @param action the action the token allows
     * @param session the session it is valid in
     * @param lifetime how long it is valid
     * @param terms the signed terms
     * @return the token
     */
    public ActionToken issue(String kind, Object action, String session, Duration lifetime, Map<String, String> terms) {
        requireKind(kind);
        Objects.requireNonNull(session, "session");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive, got " + lifetime);
        }
        byte[] idBytes = new byte[16];
        random.nextBytes(idBytes);
        String id = B64.encodeToString(idBytes);
        byte[] hash = ActionHash.of(action);
        Instant expiresAt = Instant.ofEpochMilli(clock.instant().plus(lifetime).toEpochMilli());
        ObjectNode payload = SharedJson.mapper().createObjectNode();
        payload.put("v", 1).put("id", id).put("k", kind).put("h", B64.encodeToString(hash))
                .put("s", sessionTag(session)).put("e", expiresAt.toEpochMilli());
        ObjectNode termsNode = payload.putObject("t");
        new java.util.TreeMap<>(terms).forEach((name, value) -> termsNode.put(requireTerm(name, value), value));
        byte[] payloadBytes = PraxisJson.write(payload).getBytes(StandardCharsets.UTF_8);
        String value = B64.encodeToString(payloadBytes) + "." + B64.encodeToString(sign(payloadBytes, session));
        return new ActionToken(value, id, kind, HexFormat.of().formatHex(hash), expiresAt, terms);
    }

    /**
     * The claims of {@code token} without checking its signature: for finding the preview a token names (its
     * {@link ActionToken#id()}) before {@link #check}ing it against that preview. Proves nothing by itself.
     *
     * @param token the token text
     * @return its claims
     * @throws ActionTokenException {@code MISSING} or {@code MALFORMED}
     */
    public ActionToken read(String token) {
        return parse(token).claims;
    }

    /**
     * Checks that {@code token} was signed under this key for exactly {@code action} of {@code kind} in
     * {@code session}, has not expired and was not used, without using it: for refusing early, before work that
     * {@link #redeem} would then finish.
     *
     * @param token the token text
     * @param kind the kind of action expected
     * @param action the action expected
     * @param session the session expected
     * @return the checked token
     * @throws ActionTokenException naming the first thing wrong (malformed, signature or session, kind, used, action, expiry)
     */
    public ActionToken check(String token, String kind, Object action, String session) {
        return verified(token, kind, action, session);
    }

    /**
     * {@link #check}s the token and marks it used, atomically across every user of the {@link UsedTokens} store:
     * call it right before the side effect; of two concurrent redemptions exactly one succeeds.
     *
     * @param token the token text
     * @param kind the kind of action expected
     * @param action the action expected
     * @param session the session expected
     * @return the redeemed token
     * @throws ActionTokenException as {@link #check}, or {@code USED} when it was already redeemed
     */
    public ActionToken redeem(String token, String kind, Object action, String session) {
        ActionToken claims = verified(token, kind, action, session);
        if (!used.markUsed(claims.id(), claims.expiresAt())) {
            throw alreadyUsed();
        }
        return claims;
    }

    private ActionToken verified(String token, String kind, Object action, String session) {
        requireKind(kind);
        Objects.requireNonNull(session, "session");
        Parsed parsed = parse(token);
        ActionToken claims = parsed.claims;
        if (!MessageDigest.isEqual(sign(parsed.payload, session), parsed.signature)) {
            if (!parsed.sessionTag.equals(sessionTag(session))) {
                throw new ActionTokenException(ActionTokenException.Reason.OTHER_SESSION, "approval_token was issued in "
                        + "another conversation; prepare the action again here and ask the person to approve it");
            }
            throw new ActionTokenException(ActionTokenException.Reason.BAD_SIGNATURE, "approval_token is not valid "
                    + "(signature mismatch): it was altered or not issued here; use the token exactly as the preview "
                    + "returned it, or prepare the action again");
        }
        if (!claims.kind().equals(kind)) {
            throw new ActionTokenException(ActionTokenException.Reason.OTHER_KIND, "approval_token was issued for "
                    + claims.kind() + ", not for " + kind + "; use the token from the matching preview");
        }
        if (used.isUsed(claims.id())) {
            // Before the action: once used, "used" is the true reason even though the action has moved on since.
            throw alreadyUsed();
        }
        if (!claims.actionHash().equals(hash(action))) {
            throw new ActionTokenException(ActionTokenException.Reason.OTHER_ACTION, "approval_token was issued for a "
                    + "different action than this one (something changed since the preview); prepare it again, show "
                    + "the new preview and ask the person to approve it");
        }
        if (!clock.instant().isBefore(claims.expiresAt())) {
            throw new ActionTokenException(ActionTokenException.Reason.EXPIRED, "approval_token expired at "
                    + claims.expiresAt() + "; prepare the action again and ask the person to approve the new preview");
        }
        return claims;
    }

    private static ActionTokenException alreadyUsed() {
        return new ActionTokenException(ActionTokenException.Reason.USED, "approval_token was already used; an "
                + "approval covers one execution, so prepare the action again and ask the person again");
    }

    private record Parsed(ActionToken claims, byte[] payload, byte[] signature, String sessionTag) {
    }

    private static Parsed parse(String token) {
        if (token == null || token.isBlank()) {
            throw new ActionTokenException(ActionTokenException.Reason.MISSING, "approval_token is required: call the "
                    + "matching preview tool, show the preview to the person and use its token only after they approve");
        }
        String text = token.trim();
        int dot = text.indexOf('.');
        if (text.length() > MAX_TOKEN_CHARS || dot < 0 || dot != text.lastIndexOf('.')) {
            throw malformed();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(text.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(text.substring(dot + 1));
            JsonNode json = PraxisJson.parse(new String(payload, StandardCharsets.UTF_8));
            if (json.path("v").asInt() != 1 || signature.length != 32) {
                throw malformed();
            }
            Map<String, String> terms = new LinkedHashMap<>();
            json.path("t").properties().forEach(e -> terms.put(e.getKey(), e.getValue().asText()));
            byte[] hash = Base64.getUrlDecoder().decode(text(json, "h"));
            ActionToken claims = new ActionToken(text, text(json, "id"), text(json, "k"), HexFormat.of().formatHex(hash),
                    Instant.ofEpochMilli(json.path("e").asLong()), terms);
            return new Parsed(claims, payload, signature, text(json, "s"));
        } catch (ActionTokenException e) {
            throw e;
        } catch (RuntimeException e) {
            throw malformed();
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || !node.isTextual()) {
            throw malformed();
        }
        return node.textValue();
    }

    private static ActionTokenException malformed() {
        return new ActionTokenException(ActionTokenException.Reason.MALFORMED, "approval_token is malformed; use the "
                + "token exactly as the preview returned it, or prepare the action again");
    }

    private byte[] sign(byte[] payload, String session) {
        byte[] secret = key.bytes();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(payload);
            mac.update((byte) 0);
            return mac.doFinal(session.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static String sessionTag(String session) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(session.getBytes(StandardCharsets.UTF_8));
            return B64.encodeToString(Arrays.copyOf(digest, 6));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static void requireKind(String kind) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind must match " + KIND + ", got '" + kind + "'");
        }
    }

    private static String requireTerm(String name, String value) {
        if (!TERM_NAME.matcher(name).matches() || value == null || value.length() > MAX_TERM_CHARS) {
            throw new IllegalArgumentException("term '" + name + "' must be named " + TERM_NAME
                    + " with a value of at most " + MAX_TERM_CHARS + " characters");
        }
        return name;
    }
}
