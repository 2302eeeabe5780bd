package dev.praxis.model.toolcall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the XML-like calls of Qwen3-Coder, Qwen3.5 and Qwen3.6: {@code <function=NAME>} with one
 * {@code <parameter=KEY>VALUE</parameter>} per argument, every value written as text and typed from the tool's
 * schema (the rule of vLLM's {@code qwen3_coder} parser, vllm-project/vllm,
 * vllm/entrypoints/openai/tool_parsers/qwen3coder_tool_parser.py: strings verbatim but for one leading and one
 * trailing newline, numbers, booleans and JSON objects or arrays converted, {@code null} as null). Also the
 * {@code <function name="NAME">} spelling and a JSON object as the body ({@code <function=NAME>{...}</function>},
 * Llama 3.1's and Functionary's form).
 */
final class XmlCalls {

    // a name runs to the '>' and may hold spaces (ollama/ollama, model/parsers/qwen3coder_test.go)
    private static final String NAME = "(?:=\\s*[\"']?([^>\"']+?)[\"']?|\\s+name\\s*=\\s*[\"']([^\"']+)[\"'])\\s*>";
    static final Pattern START = Pattern.compile("(?i)<function" + NAME);
    private static final Pattern FUNCTION = Pattern.compile("(?is)<function" + NAME
            + "(.*?)(</function>|(?=<function(?:=|\\s+name\\s*=))|$)");
    private static final Pattern PARAMETER = Pattern.compile("(?is)<parameter" + NAME
            + "(.*?)(</parameter>|(?=<parameter(?:=|\\s+name\\s*=))|(?=</function>)|$)");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private XmlCalls() {
    }

    /** Whether {@code text} holds an XML call opening. */
    static boolean holdsCall(String text) {
        return START.matcher(text).find();
    }

    /**
     * The calls in {@code body}; {@code closed} says whether the block around it was closed, so that a function
     * with no {@code </function>} before the end of the text is a call cut off, not a call.
     */
    static BlockCalls read(String body, boolean closed, OfferedTools tools) {
        List<ToolExecutionRequest> calls = new ArrayList<>();
        Matcher m = FUNCTION.matcher(body);
        while (m.find()) {
            String name = name(m, 1).strip();
            boolean ended = !m.group(4).isEmpty() || m.end() < body.length() || closed;
            if (!ended) {
                return BlockCalls.CUT_OFF;
            }
            Optional<ObjectNode> arguments = arguments(name, m.group(3), tools);
            if (arguments.isEmpty()) {
                return BlockCalls.MALFORMED;
            }
            calls.add(ToolExecutionRequest.builder().name(name).arguments(arguments.get().toString()).build());
        }
        return BlockCalls.of(calls);
    }

    private static Optional<ObjectNode> arguments(String tool, String body, OfferedTools tools) {
        String text = body.strip();
        if (text.startsWith("{")) {
            return LenientJson.read(text).filter(JsonNode::isObject).map(ObjectNode.class::cast);
        }
        ObjectNode arguments = NODES.objectNode();
        Matcher p = PARAMETER.matcher(body);
        int covered = 0;
        while (p.find()) {
            if (!body.substring(covered, p.start()).isBlank()) {
                return Optional.empty();
            }
            String key = name(p, 1).strip();
            arguments.set(key, typed(p.group(3), tools.type(tool, key)));
            covered = p.end();
        }
        return body.substring(covered).isBlank() ? Optional.of(arguments) : Optional.empty();
    }

    private static String name(Matcher m, int group) {
        return m.group(group) != null ? m.group(group) : m.group(group + 1);
    }

    /** The value of one parameter, typed as the schema says; text it cannot be read as stays text. */
    static JsonNode typed(String raw, OfferedTools.Type type) {
        String start = raw.startsWith("\n") ? raw.substring(1) : raw;
        String value = start.endsWith("\n") ? start.substring(0, start.length() - 1) : start;
        if (type == OfferedTools.Type.STRING) {
            return NODES.textNode(value);
        }
        String trimmed = value.strip();
        if (trimmed.equalsIgnoreCase("null") || trimmed.equals("None")) {
            return NODES.nullNode();
        }
        Optional<JsonNode> node = switch (type) {
            case INTEGER, NUMBER -> number(trimmed);
            case BOOLEAN -> bool(trimmed);
            case OBJECT, ARRAY, UNKNOWN -> LenientJson.read(trimmed).filter(n -> startsJson(trimmed));
            case STRING -> Optional.empty();
        };
        return node.orElseGet(() -> NODES.textNode(value));
    }

    private static boolean startsJson(String text) {
        return text.startsWith("{") || text.startsWith("[");
    }

    private static Optional<JsonNode> number(String text) {
        try {
            return Optional.of(text.matches("-?\\d+") ? NODES.numberNode(new BigInteger(text))
                    : NODES.numberNode(new BigDecimal(text)));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> bool(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Optional.of(NODES.booleanNode(Boolean.parseBoolean(text.toLowerCase())));
        }
        return Optional.empty();
    }
}
