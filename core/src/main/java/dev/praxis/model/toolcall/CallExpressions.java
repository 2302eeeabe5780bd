package dev.praxis.model.toolcall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Llama 3.1's built-in tool call syntax, {@code <|python_tag|>NAME.call(KEY="value", KEY2=123)}: Meta's
 * documented form for {@code brave_search}, {@code wolfram_alpha} and {@code code_interpreter}, which llama.cpp
 * reads as a call of NAME with the keyword arguments as JSON (ggml-org/llama.cpp, common/chat.cpp,
 * {@code common_chat_parse_llama_3_1}; test {@code tests/test-chat.cpp}). Each value is a Python or JSON literal,
 * typed from the tool's schema where it is written as a string. A reply counts only when it is nothing but such
 * calls (after the optional marker), each naming an offered tool, so that code that merely mentions
 * {@code x.call(...)} stays text.
 */
final class CallExpressions {

    private static final Pattern MARKER = Pattern.compile("^\\s*<\\|python_tag\\|>");
    private static final Pattern HEAD = Pattern.compile("\\G\\s*([A-Za-z_][\\w\\-]*)\\s*\\.\\s*call\\s*\\(");
    private static final Pattern KEY = Pattern.compile("\\G\\s*([A-Za-z_]\\w*)\\s*=");
    /** Llama 3.1 ends a built-in call with {@code <|eom_id|>} where the server does not take it as a stop. */
    private static final Pattern END = Pattern.compile("\\s*(?:<\\|eom_id\\|>)?\\s*");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CallExpressions() {
    }

    /** The calls {@code text} consists of, or empty when it is anything else. */
    static List<ToolExecutionRequest> read(String text, OfferedTools tools) {
        Matcher marker = MARKER.matcher(text);
        int at = marker.find() ? marker.end() : 0;
        List<ToolExecutionRequest> calls = new ArrayList<>();
        Matcher head = HEAD.matcher(text);
        while (head.find(at)) {
            String name = head.group(1);
            if (!tools.has(name)) {
                return List.of();
            }
            ObjectNode arguments = NODES.objectNode();
            int end = arguments(text, head.end(), name, tools, arguments);
            if (end < 0) {
                return List.of();
            }
            calls.add(ToolExecutionRequest.builder().name(name).arguments(arguments.toString()).build());
            at = end;
            if (END.matcher(text).region(at, text.length()).matches()) {
                return calls;
            }
        }
        return List.of();
    }

    /** Reads {@code k=v, ...)} from {@code from} into {@code into}; the index after ')', or -1 if unreadable. */
    private static int arguments(String text, int from, String tool, OfferedTools tools, ObjectNode into) {
        int at = skipSpace(text, from);
        if (at < text.length() && text.charAt(at) == ')') {
            return at + 1;
        }
        Matcher key = KEY.matcher(text);
        while (key.find(at)) {
            int end = valueEnd(text, key.end());
            if (end < 0) {
                return -1;
            }
            Optional<JsonNode> value = value(text.substring(key.end(), end).strip(),
                    tools.type(tool, key.group(1)));
            if (value.isEmpty()) {
                return -1;
            }
            into.set(key.group(1), value.get());
            if (text.charAt(end) == ')') {
                return end + 1;
            }
            at = end + 1;
        }
        return -1;
    }

    /** Where a value starting at {@code from} ends: the ',' or ')' after it at depth 0; -1 if it never does. */
    private static int valueEnd(String text, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if (depth > 0 && (c == ']' || c == '}' || c == ')')) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ')')) {
                return i;
            }
        }
        return -1;
    }

    /** A literal as JSON; a string where the schema wants another type is typed like an XML parameter. */
    private static Optional<JsonNode> value(String literal, OfferedTools.Type type) {
        if (literal.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonNode> node = LenientJson.read("[" + literal + "]").filter(n -> n.size() == 1).map(n -> n.get(0));
        if (node.isPresent() && node.get().isTextual() && type != OfferedTools.Type.STRING
                && type != OfferedTools.Type.UNKNOWN) {
            return Optional.of(XmlCalls.typed(node.get().asText(), type));
        }
        return node;
    }

    private static int skipSpace(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
