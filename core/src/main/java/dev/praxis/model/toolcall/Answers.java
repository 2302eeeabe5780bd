package dev.praxis.model.toolcall;

import java.util.regex.Pattern;

/**
 * Tidies the answer left after the calls were taken out: the empty wrappers some models put around their calls or
 * answer ({@code <response></response>}, an empty code fence, a bracket left from a call array) are not an answer.
 */
final class Answers {

    private static final Pattern EMPTY_FENCE = Pattern.compile("```[A-Za-z]*\\s*```");
    private static final Pattern RESPONSE_TAG = Pattern.compile("(?i)</?response>");
    private static final Pattern ONLY_BRACKETS = Pattern.compile("[\\[\\],\\s]*");

    private Answers() {
    }

    /** {@code text} without empty code fences and {@code <response>} tags, so that they hide no call position. */
    static String withoutEmptyWrappers(String text) {
        return RESPONSE_TAG.matcher(EMPTY_FENCE.matcher(text).replaceAll("")).replaceAll("");
    }

    static String tidy(String text) {
        String out = withoutEmptyWrappers(text);
        out = out.replaceAll("\\n{3,}", "\n\n").strip();
        return ONLY_BRACKETS.matcher(out).matches() ? "" : out;
    }
}
