package dev.praxis.model.toolcall;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Where in a reply the model's own tool calls stand, as opposed to markup it quotes. A model that calls writes
 * its call blocks last: Qwen's chat template renders an assistant turn as its content followed by
 * {@code \n<tool_call>...</tool_call>} blocks; vLLM's hermes parser takes the text before the first
 * {@code <tool_call>} as the content and everything after it as calls
 * (vllm-project/vllm, vllm/entrypoints/openai/tool_parsers/hermes_tool_parser.py); llama.cpp's lazy grammar for
 * the Hermes format triggers only at the start of the output, optionally after a {@code <think>} block, and then
 * allows nothing but calls (ggml-org/llama.cpp, common/chat.cpp, {@code common_chat_params_init_hermes_2_pro}).
 *
 * <p>So blocks are calls only when they end the reply: separated by nothing but white space, with nothing but
 * white space (or the closing fence of a code block wrapping just the calls) after the last, outside any other
 * code block, after at most a short preamble such as "Let me check that.". A block in the middle of an answer,
 * inside a quoted code block, or after paragraphs of answer text is a quotation, and stays text.
 */
final class CallPositions {

    /** The longest text allowed before the calls: one paragraph saying what the model is about to do. */
    static final int MAX_PREAMBLE = 300;

    private static final Pattern FENCE_OPEN_AT_END = Pattern.compile("```[A-Za-z]*[ \\t]*\\n?[ \\t]*$");
    private static final Pattern FENCE_CLOSE_ONLY = Pattern.compile("\\s*```\\s*");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

    /**
     * The trailing calls of a reply.
     *
     * @param from  index into the blocks of the first block that is a call
     * @param start where the text that belongs to the calls begins (the first block, or the fence around them)
     */
    record Run(int from, int start) {
    }

    private CallPositions() {
    }

    /** The run of {@code blocks} (matches in {@code text}, in order) that are calls, if there is one. */
    static Optional<Run> trailing(String text, List<MatchResult> blocks) {
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        String after = text.substring(blocks.get(blocks.size() - 1).end());
        boolean closingFence = !after.isBlank();
        if (closingFence && !FENCE_CLOSE_ONLY.matcher(after).matches()) {
            return Optional.empty();
        }
        int from = blocks.size() - 1;
        while (from > 0 && text.substring(blocks.get(from - 1).end(), blocks.get(from).start()).isBlank()) {
            from--;
        }
        int start = blocks.get(from).start();
        String preamble = text.substring(0, start);
        Matcher open = FENCE_OPEN_AT_END.matcher(preamble);
        boolean openingFence = open.find();
        if (openingFence != closingFence) {
            return Optional.empty();
        }
        if (openingFence) {
            start = open.start();
            preamble = preamble.substring(0, start);
        }
        return isShortPreamble(preamble) ? Optional.of(new Run(from, start)) : Optional.empty();
    }

    /** Whether {@code text} is the whole reply apart from white space around it. */
    static boolean isWhole(String text, int start, int end) {
        return text.substring(0, start).isBlank() && text.substring(end).isBlank();
    }

    private static boolean isShortPreamble(String preamble) {
        String text = preamble.strip();
        boolean insideCodeBlock = count(text, "```") % 2 != 0;
        return !insideCodeBlock && text.length() <= MAX_PREAMBLE && !BLANK_LINE.matcher(text).find();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
