package dev.praxis.model.toolcall;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads the JSON that models actually write: single quotes, unquoted keys, trailing commas, comments,
 * Python's {@code True}/{@code False}/{@code None}, missing closing braces (vllm#22885) and extra text after
 * the value ("Extra data", vllm#17790). Only the first JSON value of the text is read.
 */
final class LenientJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private LenientJson() {
    }

    /** The first JSON value in {@code text} (which must start with it), repaired if needed. */
    static Optional<JsonNode> read(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        String repaired = closeBrackets(pythonLiterals(trimmed));
        try (JsonParser parser = MAPPER.createParser(repaired)) {
            JsonNode node = MAPPER.readTree(parser);
            return Optional.ofNullable(node).filter(n -> n.isObject() || n.isArray());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} ends inside its first value: a string or a bracket is still open. */
    static boolean isIncomplete(String text) {
        String trimmed = text.strip();
        return closeBrackets(pythonLiterals(trimmed)).length() > trimmed.length();
    }

    /** Replaces Python literals outside strings with their JSON spelling. */
    static String pythonLiterals(String text) {
        StringBuilder out = new StringBuilder(text.length());
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                out.append(c);
            } else if (wordAt(text, i, "True")) {
                out.append("true");
                i += 3;
            } else if (wordAt(text, i, "False")) {
                out.append("false");
                i += 4;
            } else if (wordAt(text, i, "None")) {
                out.append("null");
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends the closing brackets a truncated value is missing; stops at the end of the first value. */
    static String closeBrackets(String text) {
        StringBuilder stack = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[') {
                stack.append(c == '{' ? '}' : ']');
            } else if ((c == '}' || c == ']') && !stack.isEmpty()) {
                stack.setLength(stack.length() - 1);
                if (stack.isEmpty()) {
                    return text.substring(0, i + 1);
                }
            }
        }
        String body = quote != 0 ? text + quote : text;
        return body + stack.reverse();
    }

    private static boolean wordAt(String text, int i, String word) {
        if (!text.startsWith(word, i)) {
            return false;
        }
        boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        int end = i + word.length();
        boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return startOk && endOk;
    }
}
