package dev.praxis.model.toolcall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.praxis.model.ToolCallIds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds tool calls that a model wrote as text, the Qwen/Hermes way:
 * {@code <tool_call>{"name": "f", "arguments": {...}}</tool_call>}, several per message, inside code fences,
 * with single quotes, trailing commas, Python literals or a missing closing brace, and strips Qwen3's
 * {@code <think>} reasoning. A pure function: text in, {@link ParsedMessage} out, each call with a fresh id
 * (an id-less call would be sent back in the legacy {@code function_call} format).
 *
 * <p>Only the model's own call positions count (see {@link CallPositions}): tagged blocks that end the reply,
 * after at most a short preamble. A block the model quotes inside its answer, in a code block or followed by more
 * text, stays text and is never executed; so does one inside {@code <think>} reasoning. Tagged calls are accepted
 * under any name (the agent reports unknown tools to the model). JSON without tags (bare or in a code fence)
 * counts as a call only when it is the whole reply and names one of {@code knownTools}, so that an answer that
 * merely contains JSON stays an answer.
 *
 * <pre>{@code
 * ParsedMessage m = new TextToolCallParser().parse(
 *     "<tool_call>{'name': 'fx_convert', 'arguments': {'amount': 100,}}</tool_call>", Set.of("fx_convert"));
 * m.toolCalls().get(0).arguments();   // {"amount":100}
 * }</pre>
 */
public final class TextToolCallParser {

    private static final Pattern THINK = Pattern.compile("(?is)<think>(.*?)(?:</think>|$)");
    private static final Pattern LEADING_THINK_END = Pattern.compile("(?is)^(.*?)</think>");
    private static final Pattern TEMPLATE_TOKENS = Pattern.compile("<\\|(?:im_start|im_end|endoftext|eot_id)\\|>"
            + "(?:assistant\\b)?");
    private static final Pattern TAGGED = Pattern.compile(
            "(?is)<(tool_call|function_call|tools)>(.*?)(?:</\\1>|(?=<(?:tool_call|function_call|tools)>)|$)");
    private static final Pattern FENCE = Pattern.compile("(?s)```[a-zA-Z]*\\s*\\n?(.*?)```");

    private final Supplier<String> ids;

    public TextToolCallParser() {
        this(ToolCallIds::newId);
    }

    /** A parser drawing call ids from {@code ids} (tests use a counter). */
    public TextToolCallParser(Supplier<String> ids) {
        this.ids = ids;
    }

    /** Splits {@code text} into answer, thinking and tool calls. */
    public ParsedMessage parse(String text, Set<String> knownTools) {
        if (text == null || text.isEmpty()) {
            return new ParsedMessage("", "", List.of());
        }
        StringBuilder thinking = new StringBuilder();
        String rest = stripThinking(TEMPLATE_TOKENS.matcher(text).replaceAll(""), thinking);
        List<ToolExecutionRequest> calls = new ArrayList<>();
        rest = extractTagged(rest, calls);
        if (calls.isEmpty()) {
            rest = extractFenced(rest, knownTools, calls);
        }
        if (calls.isEmpty()) {
            rest = extractBare(rest, knownTools, calls);
        }
        return new ParsedMessage(tidy(rest), thinking.toString().strip(), withIds(calls));
    }

    /** Only moves {@code <think>} reasoning out of {@code text}; no tool calls are looked for. */
    public ParsedMessage withoutThinking(String text) {
        if (text == null || text.isEmpty()) {
            return new ParsedMessage("", "", List.of());
        }
        StringBuilder thinking = new StringBuilder();
        String rest = stripThinking(text, thinking);
        return new ParsedMessage(tidy(rest), thinking.toString().strip(), List.of());
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

    private String extractTagged(String text, List<ToolExecutionRequest> calls) {
        List<MatchResult> blocks = new ArrayList<>();
        List<List<ToolExecutionRequest>> parsed = new ArrayList<>();
        Matcher m = TAGGED.matcher(text);
        while (m.find()) {
            List<ToolExecutionRequest> inBlock = callsIn(unfence(m.group(2)), null);
            // a <tools> block that holds no call is a listing (Qwen2.5-Coder's prompt format), i.e. text
            if (!inBlock.isEmpty() || !m.group(1).equalsIgnoreCase("tools")) {
                blocks.add(m.toMatchResult());
                parsed.add(inBlock);
            }
        }
        Optional<CallPositions.Run> run = CallPositions.trailing(text, blocks);
        if (run.isEmpty()) {
            return text;
        }
        parsed.subList(run.get().from(), parsed.size()).forEach(calls::addAll);
        return text.substring(0, run.get().start());
    }

    private String extractFenced(String text, Set<String> known, List<ToolExecutionRequest> calls) {
        Matcher m = FENCE.matcher(text);
        if (m.find() && CallPositions.isWhole(text, m.start(), m.end())) {
            calls.addAll(callsIn(m.group(1), known));
            return calls.isEmpty() ? text : "";
        }
        return text;
    }

    private String extractBare(String text, Set<String> known, List<ToolExecutionRequest> calls) {
        String candidate = text.strip();
        if (candidate.isEmpty() || (candidate.charAt(0) != '{' && candidate.charAt(0) != '[')) {
            return text;
        }
        List<ToolExecutionRequest> parsed = callsIn(candidate, known);
        if (parsed.isEmpty() || LenientJson.closeBrackets(candidate).length() < candidate.length()) {
            return text;
        }
        calls.addAll(parsed);
        return "";
    }

    private List<ToolExecutionRequest> withIds(List<ToolExecutionRequest> calls) {
        return calls.stream().map(c -> ToolExecutionRequest.builder().id(ids.get()).name(c.name())
                .arguments(c.arguments()).build()).toList();
    }

    /** The calls in one JSON text; with {@code known} non-null, only calls to those names. */
    private List<ToolExecutionRequest> callsIn(String json, Set<String> known) {
        Optional<JsonNode> node = LenientJson.read(json);
        if (node.isEmpty()) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        if (node.get().isArray()) {
            node.get().forEach(items::add);
        } else if (node.get().has("tool_calls") && node.get().get("tool_calls").isArray()) {
            node.get().get("tool_calls").forEach(items::add);
        } else {
            items.add(node.get());
        }
        List<ToolExecutionRequest> calls = new ArrayList<>();
        for (JsonNode item : items) {
            Optional<ToolExecutionRequest> call = toCall(item);
            if (call.isEmpty() || (known != null && !known.contains(call.get().name()))) {
                return List.of();
            }
            calls.add(call.get());
        }
        return calls;
    }

    private Optional<ToolExecutionRequest> toCall(JsonNode item) {
        JsonNode call = item.path("function").isObject() ? item.get("function") : item;
        String name = firstText(call, "name", "tool", "tool_name", "function");
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        JsonNode args = firstPresent(call, "arguments", "parameters", "args", "input");
        JsonNode object;
        if (args == null || args.isNull()) {
            object = JsonNodeFactory.instance.objectNode();
        } else if (args.isTextual()) {
            object = args.asText().isBlank() ? JsonNodeFactory.instance.objectNode()
                    : LenientJson.read(args.asText()).orElse(null);
        } else {
            object = args;
        }
        if (object == null || !object.isObject()) {
            return Optional.empty();
        }
        return Optional.of(ToolExecutionRequest.builder().name(name.strip())
                .arguments(object.toString()).build());
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual()) {
                return value.asText();
            }
        }
        return null;
    }

    private static JsonNode firstPresent(JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.has(field)) {
                return node.get(field);
            }
        }
        return null;
    }

    private static String unfence(String text) {
        Matcher m = FENCE.matcher(text);
        return m.find() ? m.group(1) : text.replace("```", "");
    }

    private static String tidy(String text) {
        return text.replaceAll("\\n{3,}", "\n\n").strip();
    }
}
