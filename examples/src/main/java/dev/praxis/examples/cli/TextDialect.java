package dev.praxis.examples.cli;

import dev.praxis.model.toolcall.TextToolCallParser;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the shape of tool calls a model wrote as text, and says whether this build's {@link TextToolCallParser}
 * reads them. The names are the doctor's report vocabulary: {@code qwen3-coder-xml}, {@code hermes},
 * {@code function-tag}, {@code fenced-json}, {@code bare-json}, {@code mistral}.
 *
 * @param name        the dialect's name
 * @param example     what it looks like
 * @param calls       how many call blocks the text holds
 * @param praxisReads whether Praxis's text parser finds a call in it
 */
record TextDialect(String name, String example, int calls, boolean praxisReads) {

    private static final Pattern THINK = Pattern.compile("(?is)<think>.*?(?:</think>|$)|^.*?</think>");
    private static final Pattern QWEN3_XML = Pattern.compile("<function=[\\w.-]+>");
    private static final Pattern HERMES = Pattern.compile("<tool_call>\\s*\\{");
    private static final Pattern FUNCTION_TAG = Pattern.compile("<function\\s+name=");
    private static final Pattern FENCED = Pattern.compile("(?s)```(?:json)?\\s*[\\[{].*?\"name\"");
    private static final Pattern NAME_KEY = Pattern.compile("\"name\"\\s*:");

    /** The dialect of the calls in {@code content}; empty when it holds none. */
    static Optional<TextDialect> of(String content) {
        String text = THINK.matcher(content).replaceAll("").trim();
        boolean reads = !text.isEmpty()
                && new TextToolCallParser().parse(content, Set.of(WeatherProbe.TOOL)).hasToolCalls();
        if (QWEN3_XML.matcher(text).find()) {
            return Optional.of(new TextDialect("qwen3-coder-xml", "<function=name><parameter=p>v</parameter></function>",
                    count(QWEN3_XML, text), reads));
        }
        if (HERMES.matcher(text).find()) {
            return Optional.of(new TextDialect("hermes", "<tool_call>{\"name\": ..., \"arguments\": {...}}</tool_call>",
                    count(HERMES, text), reads));
        }
        if (FUNCTION_TAG.matcher(text).find()) {
            return Optional.of(new TextDialect("function-tag", "<function name=\"...\">{...}</function>",
                    count(FUNCTION_TAG, text), reads));
        }
        if (text.startsWith("[TOOL_CALLS]")) {
            return Optional.of(new TextDialect("mistral", "[TOOL_CALLS][{\"name\": ...}]", count(NAME_KEY, text), reads));
        }
        if (FENCED.matcher(text).find()) {
            return Optional.of(new TextDialect("fenced-json", "```json {\"name\": ..., \"arguments\": {...}} ```",
                    count(NAME_KEY, text), reads));
        }
        if ((text.startsWith("{") || text.startsWith("[")) && NAME_KEY.matcher(text).find()) {
            return Optional.of(new TextDialect("bare-json", "{\"name\": ..., \"arguments\": {...}}",
                    count(NAME_KEY, text), reads));
        }
        return Optional.empty();
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
