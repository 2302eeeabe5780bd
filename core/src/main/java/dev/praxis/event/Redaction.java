package dev.praxis.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text before it is logged or recorded: bearer tokens, API-key-looking strings
 * ({@code sk-...}), and the values of JSON fields or key=value pairs named like a secret (api_key, password,
 * token, secret, authorization).
 */
public final class Redaction {

    private static final String MASK = "***";
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern KEY_LIKE = Pattern.compile("\\b(sk|pk|rk)-[A-Za-z0-9_-]{6,}");
    private static final Pattern NAMED = Pattern.compile(
            "(?i)(\"?(?:api[_-]?key|apikey|password|passwd|secret|token|access[_-]?token|authorization)\"?\\s*[:=]\\s*\"?)([^\"',\\s}]+)");

    private Redaction() {
    }

    /** {@code text} with every secret-looking part replaced by {@code ***}; null stays null. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = BEARER.matcher(text).replaceAll("$1" + MASK);
        out = KEY_LIKE.matcher(out).replaceAll(MASK);
        Matcher named = NAMED.matcher(out);
        return named.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    }

    /** {@code text} with each of {@code secrets} (e.g. the configured API key) replaced, then {@link #redact}ed. */
    public static String redact(String text, Iterable<String> secrets) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                out = out.replace(secret, MASK);
            }
        }
        return redact(out);
    }
}
