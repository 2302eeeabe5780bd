package dev.praxis.model.toolcall;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the wrapping off a reply that is one JSON call and nothing else, so that {@link JsonCalls} can read it:
 * one pair of tags of any name ({@code <tool>}, {@code <json>}, {@code <xml>}, {@code <JSON>}), a code fence, or
 * both nested, as Hermes-style models write them; the call markers that precede a JSON call in other templates
 * ({@code [TOOL_CALLS]} of Mistral, {@code functools} of FireFunction v2, {@code <|python_tag|>} of Llama 3.1);
 * and a first line that is exactly an offered tool's name followed by its JSON arguments (Functionary v3.2's
 * recipient line). The result counts only where the caller checks that it names offered tools: the wrapping alone
 * never makes text a call.
 */
final class WrappedCalls {

    private static final Pattern OUTER_TAG = Pattern.compile("(?s)^<([A-Za-z_][\\w-]*)>(.*)</\\1>$");
    private static final Pattern OUTER_FENCE = Pattern.compile("(?s)^```[A-Za-z]*\\s*\\n(.*?)\\n?\\s*```$");
    private static final Pattern MARKER = Pattern.compile("^(?:\\[TOOL_CALLS]|functools|<\\|python_tag\\|>)\\s*");
    private static final Pattern RECIPIENT_LINE = Pattern.compile("(?s)^([\\w.\\-]+)[ \\t]*\\n\\s*(\\{.*)$");
    /** Nesting seen in the wild is at most a tag inside a fence; a few more peels cost nothing. */
    private static final int MAX_PEELS = 4;

    private WrappedCalls() {
    }

    /** The JSON the wrapping holds, or empty when {@code text} is not one wrapped JSON value. */
    static Optional<String> unwrap(String text, OfferedTools tools) {
        String inner = text.strip();
        boolean peeled = false;
        for (int i = 0; i < MAX_PEELS; i++) {
            String next = peel(inner, tools);
            if (next.equals(inner)) {
                break;
            }
            inner = next.strip();
            peeled = true;
        }
        boolean json = !inner.isEmpty() && (inner.charAt(0) == '{' || inner.charAt(0) == '[');
        return peeled && json ? Optional.of(inner) : Optional.empty();
    }

    private static String peel(String text, OfferedTools tools) {
        Matcher tag = OUTER_TAG.matcher(text);
        if (tag.matches()) {
            return tag.group(2);
        }
        Matcher fence = OUTER_FENCE.matcher(text);
        if (fence.matches()) {
            return fence.group(1);
        }
        Matcher marker = MARKER.matcher(text);
        if (marker.find()) {
            return text.substring(marker.end());
        }
        Matcher recipient = RECIPIENT_LINE.matcher(text);
        if (recipient.matches() && tools.has(recipient.group(1))) {
            return "{\"name\": \"" + recipient.group(1) + "\", \"arguments\": " + recipient.group(2).strip() + "}";
        }
        return text;
    }
}
