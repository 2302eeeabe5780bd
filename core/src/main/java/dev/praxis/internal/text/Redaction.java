package dev.praxis.internal.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text before it is logged, printed, recorded or stored: bearer tokens, API-key-looking strings
 * ({@code sk-...}), credentials in URLs ({@code http://user:pass@host} becomes {@code http://***@host}, and
 * {@code ?key=...}, {@code &token=...}, {@code &api_key=...}, {@code &access_token=...}, {@code &password=...}
 * query parameters lose their values), and the values of JSON fields or key=value pairs named like a secret
 * (api_key, password, token, secret, authorization).
 *
 * <pre>{@code
 * Redaction.redact("cannot connect to http://ann:hunter2@llm.local:8000/v1?key=abc&model=q")
 * // "cannot connect to http://***@llm.local:8000/v1?key=***&model=q"
 * }</pre>
 */
public final class Redaction {

    private static final String MASK = "***";
    /**
     * The user-info part of a URL: from {@code scheme://} to the last {@code @} before the path, so that a password
     * with an unescaped {@code @} in it is masked whole.
     */
    private static final Pattern URL_USERINFO = Pattern.compile(
            "(?i)\\b([a-z][a-z0-9+.-]*://)[^\\s/?#\"'<>]+@");
    private static final Pattern QUERY_SECRET = Pattern.compile(
            "(?i)([?&;](?:api[_-]?key|apikey|key|token|access[_-]?token|auth|password|passwd|secret|sig|signature)=)"
                    + "[^&#\\s\"'<>]+");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern KEY_LIKE = Pattern.compile("\\b(sk|pk|rk)-[A-Za-z0-9_-]{6,}");
    private static final Pattern NAMED = Pattern.compile(
            "(?i)([\"']?(?:api[_-]?key|apikey|password|passwd|secret|token|access[_-]?token|authorization)[\"']?\\s*[:=]\\s*[\"']?)"
                    // a value already masked (e.g. by QUERY_SECRET) is left alone, so what follows it survives
                    + "(?!\\*\\*\\*(?:[&#\\s\"',}]|$))([^\"',\\s}]+)");

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(?:.*[_-])?(?:api[_-]?key|apikey|password|passwd|secret|token|access[_-]?token|authorization)");

    private Redaction() {
    }

    /**
     * {@code text} with every secret-looking part replaced by {@code ***}; null stays null.
     *
     * @param text the text, or null
     * @return the redacted text
     */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = URL_USERINFO.matcher(text).replaceAll("$1" + MASK + "@");
        out = QUERY_SECRET.matcher(out).replaceAll("$1" + MASK);
        out = BEARER.matcher(out).replaceAll("$1" + MASK);
        out = KEY_LIKE.matcher(out).replaceAll(MASK);
        Matcher named = NAMED.matcher(out);
        return named.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    }

    /**
     * {@code text} with each of {@code secrets} (e.g. the configured API key) replaced, then {@link #redact}ed.
     *
     * @param text the text, or null
     * @param secrets the texts to mask
     * @return the redacted text
     */
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

    /**
     * {@code json} for records: the value of every field named like a secret ({@code password},
     * {@code api_key}, {@code x_token}...) becomes {@code ***}, and every other string is {@link #redact(String,
     * Iterable) redacted}. Numbers, booleans and structure are kept; null stays null. Only the parts that change
     * are copied: with nothing to mask, {@code json} itself comes back, so records share trees with the call and
     * must not be mutated.
     *
     * <pre>{@code
     * redact(parse("{\"user\":\"ann\",\"password\":\"hunter2\"}"), List.of())  // {"user":"ann","password":"***"}
     * }</pre>
     *
     * @param json the JSON, or null
     * @param secrets the texts to mask
     * @return the redacted JSON
     */
    public static JsonNode redact(JsonNode json, Iterable<String> secrets) {
        if (json == null) {
            return null;
        }
        if (json.isTextual()) {
            String text = json.asText();
            String redacted = redact(text, secrets);
            return redacted.equals(text) ? json : JsonNodeFactory.instance.textNode(redacted);
        }
        if (json.isArray()) {
            ArrayNode out = null;
            for (int i = 0; i < json.size(); i++) {
                JsonNode element = json.get(i);
                JsonNode redacted = redact(element, secrets);
                if (out == null && redacted != element) {
                    out = JsonNodeFactory.instance.arrayNode(json.size());
                    for (int j = 0; j < i; j++) {
                        out.add(json.get(j));
                    }
                }
                if (out != null) {
                    out.add(redacted);
                }
            }
            return out == null ? json : out;
        }
        if (json.isObject()) {
            ObjectNode out = null;
            for (Map.Entry<String, JsonNode> field : json.properties()) {
                JsonNode value = field.getValue();
                boolean secret = isSecretName(field.getKey()) && !value.isNull();
                JsonNode redacted = secret ? JsonNodeFactory.instance.textNode(MASK) : redact(value, secrets);
                if (out == null && redacted != value) {
                    out = JsonNodeFactory.instance.objectNode();
                    for (Map.Entry<String, JsonNode> earlier : json.properties()) {
                        if (earlier.getKey().equals(field.getKey())) {
                            break;
                        }
                        out.set(earlier.getKey(), earlier.getValue());
                    }
                }
                if (out != null) {
                    out.set(field.getKey(), redacted);
                }
            }
            return out == null ? json : out;
        }
        return json;
    }

    private static boolean isSecretName(String name) {
        // The shortest secret name is "token"; most argument names are not secrets, so skip the regex for them.
        if (name.length() < 5) {
            return false;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean candidate = lower.contains("key") || lower.contains("pass") || lower.contains("secret")
                || lower.contains("token") || lower.contains("authorization");
        return candidate && SECRET_NAME.matcher(name).matches();
    }
}
