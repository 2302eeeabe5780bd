package dev.praxis.model.toolcall;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.praxis.internal.model.ToolCallIds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds tool calls that a model wrote as text, in every dialect open models use (the table in docs/models.md):
 * Qwen/Hermes {@code <tool_call>{"name": "f", "arguments": {...}}</tool_call>} (several per message, inside code
 * fences, with single quotes, trailing commas, Python literals or a missing closing brace), Qwen3-Coder's and
 * Qwen3.5's {@code <function=f><parameter=k>v</parameter></function>} with or without the {@code <tool_call>}
 * wrapper (see {@link XmlCalls}), {@code <function=f>{json}</function>}, {@code <function name="f">}, fenced and
 * bare JSON ({@link JsonCalls}), Llama 3.1's built-in {@code <|python_tag|>f.call(k="v")} ({@link CallExpressions}),
 * Functionary v3.2's recipient lines {@code f\n{json}} and {@code >>>python\ncode} ({@link RecipientCalls}); and it
 * strips Qwen3's {@code <think>} reasoning. A pure function: text in,
 * {@link ParsedMessage} out, each call with a fresh id (an id-less call would be sent back in the legacy
 * {@code function_call} format).
 *
 * <p>Only the model's own call positions count (see {@link CallPositions}): tagged blocks that end the reply,
 * after at most a short preamble. A block the model quotes inside its answer, in a code block or followed by more
 * text, stays text and is never executed; so does one inside {@code <think>} reasoning. Tagged calls are accepted
 * under any name (the agent reports unknown tools to the model). JSON without tags (bare or in a code fence)
 * counts as a call only when it is the whole reply and names one of the offered tools, so that an answer that
 * merely contains JSON stays an answer.
 *
 * <p>A tagged block in call position that holds call markup but no readable call becomes a call whose arguments
 * are the block's text, so that the agent tells the model its call was malformed instead of taking the markup
 * for an answer. A block that ends with the text in the middle of its value is {@linkplain ParsedMessage#cutOff()
 * cut off}: no call is reported from it.
 *
 * <pre>{@code
 * ParsedMessage m = new TextToolCallParser().parse(
 *     "<tool_call>{'name': 'fx_convert', 'arguments': {'amount': 100,}}</tool_call>", Set.of("fx_convert"));
 * m.toolCalls().get(0).arguments();   // {"amount":100}
 * }</pre>
 */
public final class TextToolCallParser {

    /** The name of the call reported for a block with no readable call and no recognisable tool name. */
    public static final String UNREADABLE_CALL = "unreadable_tool_call";

    private static final Pattern THINK = Pattern.compile("(?is)<think>(.*?)(?:</think>|$)");
    private static final Pattern LEADING_THINK_END = Pattern.compile("(?is)^(.*?)</think>");
    private static final Pattern TEMPLATE_TOKENS = Pattern.compile("<\\|(?:im_start|im_end|endoftext|eot_id)\\|>"
            + "(?:assistant\\b)?");
    private static final String TAGS = "tool_call|function_call|tools";
    private static final Pattern TAGGED = Pattern.compile("(?is)<(" + TAGS + ")>(.*?)(</\\1>|(?=<(?:" + TAGS
            + ")>)|$)|(<function(?:=|\\s+name\\s*=).*?(?:</function>|(?=<function(?:=|\\s+name\\s*=))|$))");
    private static final Pattern FENCE = Pattern.compile("(?s)```[a-zA-Z]*\\s*\\n?(.*?)```");
    private static final Pattern GUESSED_NAME = Pattern.compile("[\"']name[\"']\\s*:\\s*[\"']([\\w.\\-]+)[\"']");

    private final Supplier<String> ids;

    /** A parser with OpenAI-style call ids. */
    public TextToolCallParser() {
        this(ToolCallIds::newId);
    }

    /**
     * A parser drawing call ids from {@code ids} (tests use a counter).
     *
     * @param ids the source of call ids
     */
    public TextToolCallParser(Supplier<String> ids) {
        this.ids = ids;
    }

    /**
     * Splits {@code text} into answer, thinking and tool calls; XML parameter values stay text or JSON.
     *
     * @param text the model's text
     * @param knownTools the names of the offered tools
     * @return the parsed message
     */
    public ParsedMessage parse(String text, Set<String> knownTools) {
        return parse(text, OfferedTools.named(knownTools));
    }

    /**
     * Splits {@code text} into answer, thinking and tool calls, typing XML parameter values from the schemas.
     *
     * @param text the model's text
     * @param offered the offered tools
     * @return the parsed message
     */
    public ParsedMessage parse(String text, List<ToolSpecification> offered) {
        return parse(text, OfferedTools.of(offered));
    }

    private ParsedMessage parse(String text, OfferedTools tools) {
        if (text == null || text.isEmpty()) {
            return new ParsedMessage("", "", List.of());
        }
        StringBuilder thinking = new StringBuilder();
        String rest = Answers.withoutEmptyWrappers(stripThinking(TEMPLATE_TOKENS.matcher(text).replaceAll(""),
                thinking));
        List<ToolExecutionRequest> calls = new ArrayList<>();
        Tagged tagged = extractTagged(rest, tools);
        if (tagged.cutOff()) {
            return new ParsedMessage(Answers.tidy(tagged.rest()), thinking.toString().strip(), List.of(), true);
        }
        calls.addAll(tagged.calls());
        rest = tagged.rest();
        if (calls.isEmpty()) {
            rest = extractFenced(rest, tools, calls);
        }
        if (calls.isEmpty()) {
            rest = extractBare(rest, tools, calls);
        }
        if (calls.isEmpty()) {
            rest = extractWrapped(rest, tools, calls);
        }
        if (calls.isEmpty()) {
            rest = extractExpressions(rest, tools, calls);
        }
        if (calls.isEmpty()) {
            rest = extractRecipients(rest, tools, calls);
        }
        return new ParsedMessage(Answers.tidy(rest), thinking.toString().strip(), withIds(calls));
    }

    /**
     * Only moves {@code <think>} reasoning out of {@code text}; no tool calls are looked for.
     *
     * @param text the model's text
     * @return the parsed message, with no tool calls
     */
    public ParsedMessage withoutThinking(String text) {
        if (text == null || text.isEmpty()) {
            return new ParsedMessage("", "", List.of());
        }
        StringBuilder thinking = new StringBuilder();
        String rest = stripThinking(text, thinking);
        return new ParsedMessage(Answers.tidy(rest), thinking.toString().strip(), List.of());
    }

    /** Whether the text closes a {@code <think>} block it never opened: the chat template opened it. */
    static boolean templateOpenedThinking(String text) {
        int end = text.indexOf("</think>");
        return end >= 0 && !text.substring(0, end).contains("<think>");
    }

    private static String stripThinking(String text, StringBuilder thinking) {
        String rest = text;
        if (!rest.toLowerCase().contains("<think>")) {
            Matcher leading = LEADING_THINK_END.matcher(rest);
            if (leading.find()) {
                // the template opened <think> in the prompt, so only the closing tag is in the output
                thinking.append(leading.group(1).strip()).append('\n');
                rest = rest.substring(leading.end());
            }
        }
        Matcher m = THINK.matcher(rest);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            thinking.append(m.group(1).strip()).append('\n');
            m.appendReplacement(out, "");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The calls of the trailing tagged blocks and the text before them. */
    private record Tagged(List<ToolExecutionRequest> calls, String rest, boolean cutOff) {
    }

    private Tagged extractTagged(String text, OfferedTools tools) {
        List<MatchResult> blocks = new ArrayList<>();
        List<BlockCalls> parsed = new ArrayList<>();
        Matcher m = TAGGED.matcher(text);
        while (m.find()) {
            Optional<BlockCalls> block = evaluate(m, text.length(), tools);
            if (block.isPresent()) {
                blocks.add(m.toMatchResult());
                parsed.add(block.get());
            }
        }
        Optional<CallPositions.Run> run = CallPositions.trailing(text, blocks);
        if (run.isEmpty()) {
            return new Tagged(List.of(), text, false);
        }
        List<ToolExecutionRequest> calls = new ArrayList<>();
        List<ToolExecutionRequest> unreadable = new ArrayList<>();
        for (int i = run.get().from(); i < parsed.size(); i++) {
            BlockCalls block = parsed.get(i);
            switch (block.status()) {
                case CUT_OFF -> {
                    return new Tagged(List.of(), text.substring(0, run.get().start()), true);
                }
                case MALFORMED -> unreadable.add(unreadable(blocks.get(i).group()));
                case CALLS, EMPTY -> calls.addAll(block.calls());
            }
        }
        // an unreadable block next to readable calls is skipped, as vLLM and SGLang do; alone it goes back to the
        // model, so that markup is never taken for an answer
        return new Tagged(calls.isEmpty() ? unreadable : calls, text.substring(0, run.get().start()), false);
    }

    /** What one tagged block holds; empty when it is no call block at all (a listing, a tag named in prose). */
    private static Optional<BlockCalls> evaluate(Matcher m, int textLength, OfferedTools tools) {
        boolean bareFunction = m.group(4) != null;
        String whole = m.group();
        String body = bareFunction ? whole : unfence(m.group(2));
        boolean closed = bareFunction ? whole.toLowerCase().endsWith("</function>") || m.end() < textLength
                : !m.group(3).isEmpty() || m.end() < textLength;
        boolean listing = !bareFunction && m.group(1).equalsIgnoreCase("tools");
        if (XmlCalls.holdsCall(body)) {
            BlockCalls calls = XmlCalls.read(body, closed, tools);
            return listing && calls.status() != BlockCalls.Status.CALLS ? Optional.empty() : Optional.of(calls);
        }
        String json = body.strip();
        if (json.isEmpty()) {
            return Optional.of(closed ? BlockCalls.EMPTY : BlockCalls.CUT_OFF);
        }
        if (!json.startsWith("{") && !json.startsWith("[")) {
            // a tag mentioned in prose, or a listing in words: text, not a call attempt
            return Optional.empty();
        }
        if (!closed && LenientJson.isIncomplete(json)) {
            return Optional.of(BlockCalls.CUT_OFF);
        }
        BlockCalls calls = BlockCalls.of(JsonCalls.read(json, tools, false));
        // a <tools> block that holds no call is a listing (Qwen2.5-Coder's prompt format), i.e. text
        return listing && calls.status() != BlockCalls.Status.CALLS ? Optional.empty() : Optional.of(calls);
    }

    /** A call the agent rejects with a message the model can act on: the name it meant, its markup as arguments. */
    private static ToolExecutionRequest unreadable(String markup) {
        Matcher xml = XmlCalls.START.matcher(markup);
        Matcher json = GUESSED_NAME.matcher(markup);
        String name = xml.find() ? (xml.group(1) != null ? xml.group(1) : xml.group(2))
                : json.find() ? json.group(1) : UNREADABLE_CALL;
        // the markup starts with '<', so it never reads as JSON arguments: the agent reports it as malformed
        return ToolExecutionRequest.builder().name(name.strip()).arguments(markup.strip()).build();
    }

    private static String extractFenced(String text, OfferedTools tools, List<ToolExecutionRequest> calls) {
        Matcher m = FENCE.matcher(text);
        if (m.find() && CallPositions.isWhole(text, m.start(), m.end())) {
            calls.addAll(JsonCalls.read(m.group(1), tools, true));
            return calls.isEmpty() ? text : "";
        }
        return text;
    }

    private static String extractBare(String text, OfferedTools tools, List<ToolExecutionRequest> calls) {
        String candidate = text.strip();
        if (candidate.isEmpty() || (candidate.charAt(0) != '{' && candidate.charAt(0) != '[')) {
            return text;
        }
        List<ToolExecutionRequest> parsed = JsonCalls.read(candidate, tools, true);
        if (parsed.isEmpty() || LenientJson.closeBrackets(candidate).length() < candidate.length()) {
            return text;
        }
        calls.addAll(parsed);
        return "";
    }

    /** A whole reply that is one JSON call in a wrapper ({@link WrappedCalls}) naming offered tools. */
    private static String extractWrapped(String text, OfferedTools tools, List<ToolExecutionRequest> calls) {
        Optional<String> json = WrappedCalls.unwrap(text, tools);
        if (json.isEmpty() || LenientJson.closeBrackets(json.get()).length() < json.get().length()) {
            return text;
        }
        List<ToolExecutionRequest> parsed = JsonCalls.read(json.get(), tools, true);
        calls.addAll(parsed);
        return parsed.isEmpty() ? text : "";
    }

    /** A whole reply of Llama 3.1 built-in calls, {@code <|python_tag|>NAME.call(k="v")} ({@link CallExpressions}). */
    private static String extractExpressions(String text, OfferedTools tools, List<ToolExecutionRequest> calls) {
        List<ToolExecutionRequest> parsed = CallExpressions.read(text, tools);
        calls.addAll(parsed);
        return parsed.isEmpty() ? text : "";
    }

    /** A whole reply in Functionary v3.2's recipient form ({@link RecipientCalls}); its {@code all} text stays. */
    private static String extractRecipients(String text, OfferedTools tools, List<ToolExecutionRequest> calls) {
        Optional<RecipientCalls.Read> read = RecipientCalls.read(text, tools);
        read.ifPresent(r -> calls.addAll(r.calls()));
        return read.map(RecipientCalls.Read::answer).orElse(text);
    }

    private List<ToolExecutionRequest> withIds(List<ToolExecutionRequest> calls) {
        return calls.stream().map(c -> ToolExecutionRequest.builder().id(ids.get()).name(c.name())
                .arguments(c.arguments()).build()).toList();
    }

    private static String unfence(String text) {
        Matcher m = FENCE.matcher(text);
        return m.find() ? m.group(1) : text.replace("```", "");
    }
}
