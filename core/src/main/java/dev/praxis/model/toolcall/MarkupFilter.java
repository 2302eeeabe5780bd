package dev.praxis.model.toolcall;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Keeps reasoning and tool-call markup out of streamed answer text. Tokens are passed on as they come, except that
 * text which may be the start of a tag is held back until it is known, and:
 * <ul>
 *   <li>blocks of reasoning and calls ({@code <think>}, {@code <tool_call>}, {@code <function_call>},
 *       {@code <tools>}, {@code <function=...>}, {@code <function name=...>}) are dropped, and the wrapper tags
 *       {@code <response>} and {@code </response>} with them;</li>
 *   <li>when the chat template may have opened {@code <think>} itself ({@code holdForThinking}), the start of the
 *       stream is held until it is known: a {@code </think>} with no opening tag ends reasoning that is dropped, an
 *       opening {@code <think>} or the end of the stream releases the text;</li>
 *   <li>when calls may come as JSON ({@code callsPossible}), a code fence is held until it closes and a reply that
 *       starts with {@code {} or {@code [} is held to its end; then {@code callAnswer} says what of it is answer:
 *       the answer the parser leaves when the text holds calls, or null when it holds none and is passed on; so
 *       is a reply that starts with a wrapper tag or call marker (including Functionary's {@code >>>}), whose first
 *       line is an offered tool's name, or that starts with an offered tool's {@code NAME.call(}.</li>
 * </ul>
 */
final class MarkupFilter implements Consumer<String> {

    private static final List<String[]> BLOCKS = List.of(
            new String[]{"<think>", "</think>"},
            new String[]{"<tool_call>", "</tool_call>"},
            new String[]{"<function_call>", "</function_call>"},
            new String[]{"<tools>", "</tools>"},
            new String[]{"<function=", "</function>"},
            new String[]{"<function name", "</function>"});
    private static final List<String> DROPPED_TAGS = List.of("<response>", "</response>", "</think>");
    private static final String FENCE = "```";
    /**
     * Starts of a reply that may be a whole-reply call (see WrappedCalls): JSON, Mistral's, FireFunction's and
     * Llama 3.1's call markers, and a wrapper tag that is none of the blocks above ({@code <json>}, {@code <tool>}).
     */
    private static final Pattern HELD_START = Pattern.compile("\\s*(?:[{\\[]|<\\|python_tag\\|>|functools|>>>"
            + "|<(?!(?:think|tool_call|function_call|tools|response)>)[A-Za-z_][\\w-]*>)");
    /** Text that may still become one of {@link #HELD_START}: the stream waits for more. */
    private static final Pattern MAY_BE_HELD = Pattern.compile("\\s*(?:<[A-Za-z_][\\w-]*|<\\|[a-z_|]*|>{1,2}"
            + "|f(?:u(?:n(?:c(?:t(?:o(?:o(?:l)?)?)?)?)?)?)?)");

    private final Consumer<String> downstream;
    private final boolean callsPossible;
    private final UnaryOperator<String> callAnswer;
    private final StringBuilder pending = new StringBuilder();
    private final Set<String> toolNames;
    private boolean holdForThinking;
    private boolean answerStarted;
    private boolean holdingBare;
    private boolean inFence;
    private boolean templateOpenedThinking;
    private String closing;

    /** A filter that only drops tagged blocks (no tools offered, or native tool calling). */
    MarkupFilter(Consumer<String> downstream) {
        this(downstream, false, false, text -> null);
    }

    MarkupFilter(Consumer<String> downstream, boolean holdForThinking, boolean callsPossible,
                 UnaryOperator<String> callAnswer) {
        this(downstream, holdForThinking, callsPossible, callAnswer, Set.of());
    }

    /** As above; a reply whose first line is one of {@code toolNames} (a recipient line) is held too. */
    MarkupFilter(Consumer<String> downstream, boolean holdForThinking, boolean callsPossible,
                 UnaryOperator<String> callAnswer, Set<String> toolNames) {
        this.toolNames = Set.copyOf(toolNames);
        this.downstream = downstream;
        this.holdForThinking = holdForThinking;
        this.callsPossible = callsPossible;
        this.callAnswer = callAnswer;
    }

    @Override
    public void accept(String token) {
        pending.append(token);
        drain();
    }

    /** Passes on what was held back once the stream has ended, dropping calls found in it. */
    void flush() {
        holdForThinking = false;
        // text held for template-opened reasoning has not been looked at yet: it may start a held call
        drain();
        if (holdingBare || inFence) {
            String held = pending.toString();
            pending.setLength(0);
            boolean bare = holdingBare;
            holdingBare = false;
            inFence = false;
            String answer = callAnswer.apply(held);
            if (answer != null) {
                emitText(answer);
                return;
            }
            answerStarted |= bare;
            pending.append(held);
            drainPlain();
        }
        if (closing == null && !pending.isEmpty()) {
            emit(pending.length());
        }
    }

    /** Whether the stream closed a {@code <think>} block it never opened: the chat template opened it. */
    boolean sawTemplateOpenedThinking() {
        return templateOpenedThinking;
    }

    private void drain() {
        if (holdForThinking && !resolveThinking()) {
            return;
        }
        if (holdingBare) {
            return;
        }
        if (inFence && !closeFence()) {
            return;
        }
        drainPlain();
    }

    /** Ends the hold for template-opened reasoning when it can; false while it must go on. */
    private boolean resolveThinking() {
        int open = pending.indexOf("<think>");
        int close = pending.indexOf("</think>");
        if (open >= 0 && (close < 0 || open < close)) {
            holdForThinking = false;
        } else if (close >= 0) {
            pending.delete(0, close + "</think>".length());
            templateOpenedThinking = true;
            holdForThinking = false;
        }
        return !holdForThinking;
    }

    /** Passes a held code fence on, or drops it, once it has closed; false while it is still open. */
    private boolean closeFence() {
        int end = pending.indexOf(FENCE, FENCE.length());
        if (end < 0) {
            return false;
        }
        String fence = pending.substring(0, end + FENCE.length());
        pending.delete(0, fence.length());
        inFence = false;
        String answer = callAnswer.apply(fence);
        boolean empty = fence.substring(FENCE.length(), end).replaceFirst("^[A-Za-z]*", "").isBlank();
        emitText(answer != null ? answer : empty ? "" : fence);
        return true;
    }

    private void drainPlain() {
        while (!pending.isEmpty()) {
            if (closing != null) {
                int end = pending.indexOf(closing);
                if (end < 0) {
                    keepTail(closing.length() - 1);
                    return;
                }
                pending.delete(0, end + closing.length());
                closing = null;
                continue;
            }
            if (callsPossible && !answerStarted) {
                Start start = replyStart();
                if (start == Start.WAIT) {
                    return;
                }
                if (start == Start.HELD) {
                    holdingBare = true;
                    return;
                }
            }
            int special = nextSpecial();
            if (special < 0) {
                emit(pending.length());
                return;
            }
            emit(special);
            if (!atSpecial()) {
                return;
            }
        }
    }

    /** Handles the tag or fence at the start of {@code pending}; false when it must wait for more text. */
    private boolean atSpecial() {
        if (pending.charAt(0) == '`') {
            if (pending.length() >= FENCE.length() && pending.substring(0, FENCE.length()).equals(FENCE)) {
                inFence = true;
                return closeFence();
            }
            if (FENCE.startsWith(pending.toString())) {
                return false;
            }
            emit(1);
            return true;
        }
        String[] block = startsWithAny(BLOCKS);
        if (block != null) {
            pending.delete(0, block[0].length());
            closing = block[1];
            return true;
        }
        for (String tag : DROPPED_TAGS) {
            if (startsWith(tag)) {
                pending.delete(0, tag.length());
                return true;
            }
        }
        if (mayBecomeTag()) {
            return false;
        }
        emit(1);
        return true;
    }

    /** How a reply's start bears on holding it: JSON, a call marker or an unknown wrapper tag may be a call. */
    private enum Start { HELD, WAIT, PLAIN }

    private Start replyStart() {
        if (HELD_START.matcher(pending).lookingAt()) {
            return Start.HELD;
        }
        Start recipient = recipientLine();
        if (recipient != Start.PLAIN) {
            return recipient;
        }
        return MAY_BE_HELD.matcher(pending).matches() ? Start.WAIT : Start.PLAIN;
    }

    /**
     * Functionary v3.2 names the tool on the reply's first line, then writes its arguments; Llama 3.1 may write a
     * built-in call {@code NAME.call(...)} without its marker.
     */
    private Start recipientLine() {
        String start = pending.toString().stripLeading();
        Start expression = callExpression(start);
        if (expression != Start.PLAIN) {
            return expression;
        }
        int newline = start.indexOf('\n');
        if (newline >= 0) {
            return toolNames.contains(start.substring(0, newline).strip()) ? Start.HELD : Start.PLAIN;
        }
        return !start.isEmpty() && toolNames.stream().anyMatch(name -> name.startsWith(start)) ? Start.WAIT
                : Start.PLAIN;
    }

    private Start callExpression(String start) {
        for (String name : toolNames) {
            String head = name + ".call(";
            if (start.startsWith(head)) {
                return Start.HELD;
            }
            if (start.length() > name.length() && head.startsWith(start)) {
                return Start.WAIT;
            }
        }
        return Start.PLAIN;
    }

    private int nextSpecial() {
        for (int i = 0; i < pending.length(); i++) {
            char c = pending.charAt(i);
            if (c == '<' || (c == '`' && callsPossible)) {
                return i;
            }
        }
        return -1;
    }

    private String[] startsWithAny(List<String[]> blocks) {
        for (String[] block : blocks) {
            if (startsWith(block[0])) {
                return block;
            }
        }
        return null;
    }

    private boolean startsWith(String tag) {
        return pending.length() >= tag.length() && pending.substring(0, tag.length()).equals(tag);
    }

    private boolean mayBecomeTag() {
        String start = pending.toString();
        for (String[] block : BLOCKS) {
            if (start.length() < block[0].length() && block[0].startsWith(start)) {
                return true;
            }
        }
        return DROPPED_TAGS.stream().anyMatch(tag -> start.length() < tag.length() && tag.startsWith(start));
    }

    private void emit(int count) {
        if (count > 0) {
            emitText(pending.substring(0, count));
            pending.delete(0, count);
        }
    }

    private void emitText(String text) {
        if (!text.isEmpty()) {
            answerStarted |= !text.isBlank();
            downstream.accept(text);
        }
    }

    private void keepTail(int keep) {
        if (pending.length() > keep) {
            pending.delete(0, pending.length() - keep);
        }
    }
}
