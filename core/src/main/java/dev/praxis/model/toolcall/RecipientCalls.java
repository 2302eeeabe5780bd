package dev.praxis.model.toolcall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.langchain4j.agent.tool.ToolExecutionRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Functionary v3.2's recipient form: the reply is a run of messages, each headed by its recipient's name on
 * a line of its own, the first without and every later one with {@code >>>} before it
 * ({@code >>>all\ntext>>>get_weather\n{"city": "Paris"}>>>python\nprint(1)}). {@code all} heads text for the user;
 * any other recipient must be an offered tool, and its body is the JSON arguments or, for a tool that takes a
 * single string parameter (Functionary's {@code python} with {@code code}), that parameter's raw value, as
 * llama.cpp reads it (ggml-org/llama.cpp, common/chat.cpp, {@code allow_raw_python}; test
 * {@code tests/test-chat.cpp}). Anything else in the reply makes it no call at all.
 */
final class RecipientCalls {

    /** A recipient heading: {@code >>>NAME} at any position, or a bare NAME on the reply's first line. */
    private static final Pattern HEADING = Pattern.compile("(?:^|>>>)([\\w.\\-]+)[ \\t]*\\n");
    private static final String TEXT_RECIPIENT = "all";

    /** The calls of the reply and the text addressed to the user. */
    record Read(List<ToolExecutionRequest> calls, String answer) {
    }

    private RecipientCalls() {
    }

    /** The calls {@code text} consists of, or empty when it is not wholly in the recipient form. */
    static Optional<Read> read(String text, OfferedTools tools) {
        String reply = text.strip() + "\n";
        List<int[]> headings = headings(reply, tools);
        if (headings.isEmpty() || headings.get(0)[0] != 0) {
            return Optional.empty();
        }
        List<ToolExecutionRequest> calls = new ArrayList<>();
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < headings.size(); i++) {
            int[] heading = headings.get(i);
            String name = reply.substring(heading[1], heading[2]);
            int bodyEnd = i + 1 < headings.size() ? headings.get(i + 1)[0] : reply.length();
            String body = reply.substring(heading[3], bodyEnd);
            if (name.equals(TEXT_RECIPIENT)) {
                answer.append(body);
                continue;
            }
            Optional<String> arguments = arguments(name, body, tools);
            if (arguments.isEmpty()) {
                return Optional.empty();
            }
            calls.add(ToolExecutionRequest.builder().name(name).arguments(arguments.get()).build());
        }
        return calls.isEmpty() ? Optional.empty() : Optional.of(new Read(calls, answer.toString().strip()));
    }

    /** Each heading as {start, name start, name end, body start}; only headings naming a recipient count. */
    private static List<int[]> headings(String reply, OfferedTools tools) {
        List<int[]> headings = new ArrayList<>();
        Matcher m = HEADING.matcher(reply);
        while (m.find()) {
            String name = m.group(1);
            if (tools.has(name) || name.equals(TEXT_RECIPIENT)) {
                headings.add(new int[]{m.start(), m.start(1), m.end(1), m.end()});
            }
        }
        return headings;
    }

    private static Optional<String> arguments(String tool, String body, OfferedTools tools) {
        String json = body.strip();
        if (json.startsWith("{")) {
            boolean whole = LenientJson.closeBrackets(json).length() == json.length();
            return LenientJson.read(json).filter(node -> whole && node.isObject()).map(JsonNode::toString);
        }
        String value = body.replaceFirst("^\\n+", "").stripTrailing();
        return tools.soleStringParameter(tool).filter(p -> !value.isEmpty())
                .map(p -> JsonNodeFactory.instance.objectNode().put(p, value).toString());
    }
}
