package dev.praxis.model.toolcall;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-world shapes of tool calls written as text, with their sources in shared/research/wire-and-api.md
 * §3 (Qwen's template, vLLM's hermes parser and its reported failures, Ollama and LM Studio issues).
 */
class TextToolCallParserTest {

    static final Set<String> KNOWN = Set.of("get_weather", "add", "fx_convert");
    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> shapes() {
        return Stream.of(
                shape("Qwen2.5 canonical block",
                        "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call>",
                        "", calls("get_weather", "{\"city\":\"Paris\"}")),
                shape("two blocks in one message (parallel calls)",
                        "<tool_call>\n{\"name\": \"add\", \"arguments\": {\"a\": 1, \"b\": 2}}\n</tool_call>\n"
                                + "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Oslo\"}}\n</tool_call>",
                        "", calls("add", "{\"a\":1,\"b\":2}", "get_weather", "{\"city\":\"Oslo\"}")),
                shape("text before the call stays the answer",
                        "Let me check that.\n<tool_call>{\"name\":\"get_weather\",\"arguments\":{\"city\":\"Rome\"}}</tool_call>",
                        "Let me check that.", calls("get_weather", "{\"city\":\"Rome\"}")),
                shape("Qwen3 thinking before the call",
                        "<think>\nThe user wants the weather.\n</think>\n\n<tool_call>\n{\"name\": \"get_weather\", "
                                + "\"arguments\": {\"city\": \"Lima\"}}\n</tool_call>",
                        "", calls("get_weather", "{\"city\":\"Lima\"}")),
                shape("unclosed final block (vLLM accepts it)",
                        "<tool_call>\n{\"name\": \"add\", \"arguments\": {\"a\": 2, \"b\": 3}}",
                        "", calls("add", "{\"a\":2,\"b\":3}")),
                shape("code fence inside the tags",
                        "<tool_call>\n```json\n{\"name\": \"add\", \"arguments\": {\"a\": 1, \"b\": 1}}\n```\n</tool_call>",
                        "", calls("add", "{\"a\":1,\"b\":1}")),
                shape("code fence without tags",
                        "```json\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Kyiv\"}}\n```",
                        "", calls("get_weather", "{\"city\":\"Kyiv\"}")),
                shape("bare JSON in content (ollama#11185)",
                        "{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Cairo\"}}",
                        "", calls("get_weather", "{\"city\":\"Cairo\"}")),
                shape("single quotes, a Python dict",
                        "<tool_call>{'name': 'get_weather', 'arguments': {'city': 'Paris'}}</tool_call>",
                        "", calls("get_weather", "{\"city\":\"Paris\"}")),
                shape("trailing commas",
                        "<tool_call>{\"name\": \"add\", \"arguments\": {\"a\": 1, \"b\": 2,},}</tool_call>",
                        "", calls("add", "{\"a\":1,\"b\":2}")),
                shape("arguments as a JSON string",
                        "<tool_call>{\"name\": \"add\", \"arguments\": \"{\\\"a\\\": 4, \\\"b\\\": 5}\"}</tool_call>",
                        "", calls("add", "{\"a\":4,\"b\":5}")),
                shape("parameters instead of arguments",
                        "<tool_call>{\"name\": \"add\", \"parameters\": {\"a\": 7, \"b\": 8}}</tool_call>",
                        "", calls("add", "{\"a\":7,\"b\":8}")),
                shape("Python literals True/None",
                        "<tool_call>{'name': 'fx_convert', 'arguments': {'amount': 10, 'round': True, 'note': None}}</tool_call>",
                        "", calls("fx_convert", "{\"amount\":10,\"round\":true,\"note\":null}")),
                shape("missing closing brace (vllm#22885)",
                        "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Bern\"}\n</tool_call>",
                        "", calls("get_weather", "{\"city\":\"Bern\"}")),
                shape("extra data after the JSON (vllm#17790)",
                        "<tool_call>{\"name\": \"add\", \"arguments\": {\"a\": 1, \"b\": 9}} {\"extra\": 1}</tool_call>",
                        "", calls("add", "{\"a\":1,\"b\":9}")),
                shape("array of calls in one block",
                        "<tool_call>[{\"name\": \"add\", \"arguments\": {\"a\": 1, \"b\": 2}}, {\"name\": \"add\", "
                                + "\"arguments\": {\"a\": 3, \"b\": 4}}]</tool_call>",
                        "", calls("add", "{\"a\":1,\"b\":2}", "add", "{\"a\":3,\"b\":4}")),
                shape("Qwen2.5-Coder <tools> wrapper (vllm PR #33083)",
                        "<tools>{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Seoul\"}}</tools>",
                        "", calls("get_weather", "{\"city\":\"Seoul\"}")),
                shape("OpenAI-style function wrapper",
                        "<tool_call>{\"type\": \"function\", \"function\": {\"name\": \"add\", \"arguments\": "
                                + "{\"a\": 5, \"b\": 6}}}</tool_call>",
                        "", calls("add", "{\"a\":5,\"b\":6}")),
                shape("unquoted keys",
                        "<tool_call>{name: \"add\", arguments: {a: 2, b: 2}}</tool_call>",
                        "", calls("add", "{\"a\":2,\"b\":2}")),
                shape("chat-template tokens left in the text",
                        "<tool_call>{\"name\": \"add\", \"arguments\": {\"a\": 0, \"b\": 1}}</tool_call><|im_end|>",
                        "", calls("add", "{\"a\":0,\"b\":1}")),
                shape("closing </think> only (template opened it in the prompt)",
                        "I should call the tool.\n</think>\n<tool_call>{\"name\":\"add\",\"arguments\":{\"a\":1,\"b\":1}}</tool_call>",
                        "", calls("add", "{\"a\":1,\"b\":1}")),
                shape("plain answer with thinking only",
                        "<think>easy</think>\nThe answer is 4.", "The answer is 4.", calls()),
                shape("JSON that names no known tool stays an answer",
                        "Here is the data: {\"name\": \"Alice\", \"arguments\": {\"age\": 3}}",
                        "Here is the data: {\"name\": \"Alice\", \"arguments\": {\"age\": 3}}", calls()),
                shape("a tool with no arguments",
                        "<tool_call>{\"name\": \"get_weather\"}</tool_call>", "", calls("get_weather", "{}")),
                shape("plain text, no call", "Paris is sunny today.", "Paris is sunny today.", calls()),
                shape("Qwen3-Coder XML without the <tool_call> wrapper",
                        "<function=get_weather>\n<parameter=city>\nSan Jose\n</parameter>\n</function>",
                        "", calls("get_weather", "{\"city\":\"San Jose\"}")),
                shape("<function=name>{json}</function>",
                        "<function=add>{\"a\": 1, \"b\": 2}</function>", "", calls("add", "{\"a\":1,\"b\":2}")),
                shape("<function name=\"...\">",
                        "<function name=\"add\">{\"a\": 3, \"b\": 4}</function>", "", calls("add", "{\"a\":3,\"b\":4}")),
                shape("tool name as the only key",
                        "{\"get_weather\": {\"city\": \"Lyon\"}}", "", calls("get_weather", "{\"city\":\"Lyon\"}")),
                shape("one junk item does not discard the valid calls",
                        "<tool_call>[{\"name\": \"add\", \"arguments\": {\"a\": 1, \"b\": 2}}, 42, \"junk\"]</tool_call>",
                        "", calls("add", "{\"a\":1,\"b\":2}")),
                shape("an empty <response> wrapper and fence are no answer",
                        "<response></response>\n```json\n```\n<tool_call>{\"name\": \"add\", \"arguments\": {}}</tool_call>",
                        "", calls("add", "{}")),
                shape("prose naming a tool is no call",
                        "You could use get_weather with {city} set to Oslo.", "You could use get_weather with {city} set to Oslo.",
                        calls()),
                shape("JSON data that names no tool is no call",
                        "[{\"name\": \"Alice\", \"age\": 3}]", "[{\"name\": \"Alice\", \"age\": 3}]", calls()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void parsesRealWorldShapes(String name, String text, String answer, List<String[]> expected) throws Exception {
        AtomicInteger ids = new AtomicInteger();
        ParsedMessage parsed = new TextToolCallParser(() -> "call_" + ids.incrementAndGet()).parse(text, KNOWN);

        assertThat(parsed.answer()).isEqualTo(answer);
        assertThat(parsed.toolCalls()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            ToolExecutionRequest call = parsed.toolCalls().get(i);
            assertThat(call.id()).isEqualTo("call_" + (i + 1));
            assertThat(call.name()).isEqualTo(expected.get(i)[0]);
            assertThat(JSON.readTree(call.arguments())).isEqualTo(JSON.readTree(expected.get(i)[1]));
        }
        assertThat(parsed.answer()).doesNotContain("<think>", "</think>", "<tool_call>");
    }

    static final String HANDOFF = "<tool_call>{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Oslo\"}}</tool_call>";

    static Stream<Arguments> quotations() {
        return Stream.of(
                Arguments.of("a block inside a sentence", "The review says " + HANDOFF + " so I ignored it."),
                Arguments.of("a block followed by more answer",
                        "Here is what the product page contains:\n" + HANDOFF + "\nI did not act on it."),
                Arguments.of("a block at the end of a long answer", "The boots are waterproof.\n\nOne review"
                        + " contains an instruction to call a tool, quoted here:\n" + HANDOFF),
                Arguments.of("a block inside a quoted code block",
                        "The format is:\n```\n" + HANDOFF + "\n```\nThat is how tools are called."),
                Arguments.of("an unclosed code block before the block", "Example:\n```\n" + HANDOFF),
                Arguments.of("bare JSON naming a tool inside a sentence",
                        "Here is the data: {\"name\": \"get_weather\", \"arguments\": {\"city\": \"Oslo\"}} as asked."),
                Arguments.of("a fenced JSON call followed by more answer",
                        "```json\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Oslo\"}}\n```\nThat was the request."),
                Arguments.of("a preamble longer than one short paragraph", "x".repeat(CallPositions.MAX_PREAMBLE + 1)
                        + "\n" + HANDOFF));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotations")
    void quotedCallMarkupInAnAnswerIsNeverACall(String name, String text) {
        ParsedMessage parsed = new TextToolCallParser().parse(text, KNOWN);

        assertThat(parsed.toolCalls()).isEmpty();
        assertThat(parsed.answer()).isEqualTo(text.strip());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsAtTheEnd")
    void callsThatEndTheReplyAreCalls(String name, String text, String answer) {
        ParsedMessage parsed = new TextToolCallParser().parse(text, KNOWN);

        assertThat(parsed.toolCalls()).extracting(ToolExecutionRequest::name).containsExactly("get_weather");
        assertThat(parsed.answer()).isEqualTo(answer);
    }

    static Stream<Arguments> callsAtTheEnd() {
        return Stream.of(
                Arguments.of("a code block wrapping only the call (llama.cpp accepts it)",
                        "```xml\n" + HANDOFF + "\n```", ""),
                Arguments.of("a short preamble, then the call in a code block",
                        "Checking the weather.\n```\n" + HANDOFF + "\n```\n", "Checking the weather."),
                Arguments.of("a quotation inside the reasoning, the call after it",
                        "<think>the page said " + HANDOFF + " but the user asked for Oslo</think>\n" + HANDOFF, ""));
    }

    @org.junit.jupiter.api.Test
    void typesQwenXmlValuesFromTheToolSchema() throws Exception {
        dev.langchain4j.agent.tool.ToolSpecification tool = dev.langchain4j.agent.tool.ToolSpecification.builder()
                .name("t").parameters(dev.langchain4j.model.chat.request.json.JsonObjectSchema.builder()
                        .addIntegerProperty("n").addNumberProperty("x").addBooleanProperty("b")
                        .addStringProperty("s").addProperty("o", dev.langchain4j.model.chat.request.json.JsonObjectSchema
                                .builder().build()).build()).build();
        String text = "<tool_call>\n<function=t>\n<parameter=n>\n007\n</parameter>\n<parameter=x>\n2.5\n</parameter>\n"
                + "<parameter=b>\nTrue\n</parameter>\n<parameter=s>\n\n  42\n\n</parameter>\n<parameter=o>\n{\"k\": [1]}\n"
                + "</parameter>\n</function>\n</tool_call>";

        ParsedMessage parsed = new TextToolCallParser().parse(text, List.of(tool));

        assertThat(JSON.readTree(parsed.toolCalls().get(0).arguments()))
                .isEqualTo(JSON.readTree("{\"n\":7,\"x\":2.5,\"b\":true,\"s\":\"\\n  42\\n\",\"o\":{\"k\":[1]}}"));
    }

    @org.junit.jupiter.api.Test
    void aBlockWithMarkupButNoReadableCallGoesBackToTheModelAsAMalformedCall() {
        ParsedMessage parsed = new TextToolCallParser().parse(
                "<tool_call>{\"name\": \"get_weather\", \"arguments\": [1, 2]}</tool_call>", KNOWN);

        assertThat(parsed.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(call.arguments()).startsWith("<tool_call>");
        });
        assertThat(parsed.answer()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aCallBlockEndingMidValueIsCutOffAndReportsNoCall() {
        ParsedMessage parsed = new TextToolCallParser().parse(
                "Checking.\n<tool_call>\n<function=get_weather>\n<parameter=city>\nBer", KNOWN);

        assertThat(parsed.cutOff()).isTrue();
        assertThat(parsed.toolCalls()).isEmpty();
    }

    static Arguments shape(String name, String text, String answer, List<String[]> calls) {
        return Arguments.of(name, text, answer, calls);
    }

    static List<String[]> calls(String... nameArgs) {
        List<String[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < nameArgs.length; i += 2) {
            out.add(new String[]{nameArgs[i], nameArgs[i + 1]});
        }
        return out;
    }

    // shapes from ggml-org/llama.cpp tests/test-chat.cpp (Hermes 2 Pro, Mistral Nemo, FireFunction, Functionary)
    @Test
    void readsAWholeReplyCallInAnyWrapperTagFenceOrCallMarker() {
        String call = "{\"name\": \"special_function\", \"arguments\": {\"arg1\": 1}}";
        for (String reply : List.of("<tool>\n  " + call + "\n</tool>", "<JSON>\n" + call + "\n</JSON>",
                "```json\n\n <function_call> " + call + " \n </function_call> \n``` ", "[TOOL_CALLS][" + call + "]",
                " functools[" + call + "]", "special_function\n{\"arg1\": 1} \n ")) {
            ParsedMessage parsed = new TextToolCallParser().parse(reply, Set.of("special_function"));
            assertThat(parsed.toolCalls()).as(reply).singleElement()
                    .satisfies(c -> assertThat(c.arguments()).isEqualTo("{\"arg1\":1}"));
            assertThat(parsed.answer()).as(reply).isEmpty();
        }
    }

    @Test
    void keepsAWrappedCallNamingNoOfferedToolAsText() {
        String reply = "<json>{\"name\": \"rm_rf\", \"arguments\": {}}</json>";
        assertThat(new TextToolCallParser().parse(reply, Set.of("special_function")).toolCalls()).isEmpty();
        assertThat(new TextToolCallParser().parse("search\n{\"q\": 1}", Set.of("special_function")).toolCalls())
                .isEmpty();
    }

    static List<dev.langchain4j.agent.tool.ToolSpecification> builtinTools() {
        return List.of(dev.langchain4j.agent.tool.ToolSpecification.builder().name("python")
                        .parameters(dev.langchain4j.model.chat.request.json.JsonObjectSchema.builder()
                                .addStringProperty("code").build()).build(),
                dev.langchain4j.agent.tool.ToolSpecification.builder().name("brave_search")
                        .parameters(dev.langchain4j.model.chat.request.json.JsonObjectSchema.builder()
                                .addStringProperty("query").addIntegerProperty("count")
                                .addBooleanProperty("safe").build()).build());
    }

    // Llama 3.1's built-in tool form, as in ggml-org/llama.cpp tests/test-chat.cpp and Meta's llama3_1 prompt format
    @Test
    void readsLlamaBuiltinCallExpressionsWithArgumentsTypedFromTheSchema() throws Exception {
        ParsedMessage parsed = new TextToolCallParser().parse(
                "<|python_tag|>brave_search.call(query=\"weather in Menlo Park, 'CA'\", count=\"3\", safe=True)",
                builtinTools());

        assertThat(parsed.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("brave_search");
            assertThat(JSON.readTree(call.arguments())).isEqualTo(JSON.readTree(
                    "{\"query\": \"weather in Menlo Park, 'CA'\", \"count\": 3, \"safe\": true}"));
        });
        assertThat(parsed.answer()).isEmpty();
    }

    @Test
    void readsAPythonTagCallWhoseCodeHoldsParenthesesCommasAndNewlines() throws Exception {
        ParsedMessage parsed = new TextToolCallParser().parse(
                "<|python_tag|>python.call(code=\"print(max(1, 2))\\nx = (3, 4)\")<|eom_id|>", builtinTools());

        assertThat(parsed.toolCalls()).singleElement().satisfies(call -> assertThat(JSON.readTree(call.arguments()))
                .isEqualTo(JSON.readTree("{\"code\": \"print(max(1, 2))\\nx = (3, 4)\"}")));
    }

    @Test
    void aCallExpressionNamingNoOfferedToolOrInsideProseIsNoCall() {
        TextToolCallParser parser = new TextToolCallParser();
        String prose = "In a code discussion: call python.call(code=\"x\") in your script, then check the output.";
        String quoted = "Here is how the client works:\n```python\nclient.call(code=\"print(1)\")\n```";

        assertThat(parser.parse(prose, builtinTools()).toolCalls()).isEmpty();
        assertThat(parser.parse(prose, builtinTools()).answer()).isEqualTo(prose);
        assertThat(parser.parse(quoted, builtinTools()).toolCalls()).isEmpty();
        assertThat(parser.parse("<|python_tag|>rm_rf.call(path=\"/\")", builtinTools()).toolCalls()).isEmpty();
        assertThat(parser.parse("<|python_tag|>python.call(code=undefined_name)", builtinTools()).toolCalls())
                .isEmpty();
    }

    // Functionary v3.2 output, ggml-org/llama.cpp tests/test-chat.cpp (functionary_v3_2 with allow_raw_python)
    @Test
    void readsFunctionaryRawCodeForAToolWithOneStringParameter() throws Exception {
        ParsedMessage parsed = new TextToolCallParser().parse("python\n# This is a program:\nprint('hey')\n",
                builtinTools());

        assertThat(parsed.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("python");
            assertThat(JSON.readTree(call.arguments()))
                    .isEqualTo(JSON.readTree("{\"code\": \"# This is a program:\\nprint('hey')\"}"));
        });
    }

    @Test
    void readsFunctionaryRecipientRunsWithTextForAllAndSeveralCalls() throws Exception {
        ParsedMessage parsed = new TextToolCallParser().parse(
                ">>>all\nLet me look that up.>>>brave_search\n{\"query\": \"Paris\"}\n>>>python\nprint(1)",
                builtinTools());

        assertThat(parsed.toolCalls()).extracting(ToolExecutionRequest::name).containsExactly("brave_search", "python");
        assertThat(JSON.readTree(parsed.toolCalls().get(1).arguments()))
                .isEqualTo(JSON.readTree("{\"code\": \"print(1)\"}"));
        assertThat(parsed.answer()).isEqualTo("Let me look that up.");
    }

    @Test
    void aRecipientLineWithRawTextForAToolOfSeveralParametersIsNoCall() {
        ParsedMessage parsed = new TextToolCallParser().parse("brave_search\nweather in Paris", builtinTools());

        assertThat(parsed.toolCalls()).isEmpty();
        assertThat(parsed.answer()).isEqualTo("brave_search\nweather in Paris");
    }
}
