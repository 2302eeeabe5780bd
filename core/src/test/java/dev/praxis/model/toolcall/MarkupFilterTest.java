package dev.praxis.model.toolcall;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupFilterTest {

    @Test
    void dropsThinkAndToolCallBlocksSplitAcrossTokens() {
        List<String> out = new ArrayList<>();
        MarkupFilter filter = new MarkupFilter(out::add);
        for (String token : List.of("<", "think>plan", "</thi", "nk>Hello ", "<tool_", "call>{}</tool_call>", " a<b")) {
            filter.accept(token);
        }
        assertThat(String.join("", out)).isEqualTo("Hello  a<b");
    }

    @Test
    void flushesAHeldBackTagStartAtTheEnd() {
        List<String> out = new ArrayList<>();
        MarkupFilter filter = new MarkupFilter(out::add);
        filter.accept("a <");
        filter.accept("t");
        filter.flush();
        assertThat(String.join("", out)).isEqualTo("a <t");
    }

    @Test
    void passesOrdinaryTextThroughAtOnce() {
        List<String> out = new ArrayList<>();
        MarkupFilter filter = new MarkupFilter(out::add);
        filter.accept("x < y");
        assertThat(String.join("", out)).isEqualTo("x < y");
        assertThat(out.get(0)).isEqualTo("x ");
    }

    static MarkupFilter callAware(List<String> out) {
        TextToolCallParser parser = new TextToolCallParser();
        return new MarkupFilter(out::add, false, true, text -> {
            ParsedMessage parsed = parser.parse(text, java.util.Set.of("get_weather"));
            return parsed.hasToolCalls() ? parsed.answer() : null;
        });
    }

    static String stream(MarkupFilter filter, List<String> out, String text) {
        for (int i = 0; i < text.length(); i += 2) {
            filter.accept(text.substring(i, Math.min(text.length(), i + 2)));
        }
        filter.flush();
        return String.join("", out);
    }

    @Test
    void dropsFencedBareAndXmlCallsButKeepsOrdinaryCodeBlocks() {
        List<String> out = new ArrayList<>();
        assertThat(stream(callAware(out), out, "```json\n{\"name\": \"get_weather\", \"arguments\": {}}\n```")).isEmpty();
        out.clear();
        assertThat(stream(callAware(out), out, "{\"name\": \"get_weather\", \"arguments\": {}}")).isEmpty();
        out.clear();
        assertThat(stream(callAware(out), out, "Ok.<function=get_weather>\n<parameter=city>\nX\n</parameter>\n</function>"))
                .isEqualTo("Ok.");
        out.clear();
        assertThat(stream(callAware(out), out, "Run:\n```sh\nls\n```\n<response></response>")).isEqualTo("Run:\n```sh\nls\n```\n");
        out.clear();
        assertThat(stream(callAware(out), out, "[1, 2] are the numbers.")).isEqualTo("[1, 2] are the numbers.");
    }

    @Test
    void holdsTemplateOpenedReasoningBackAndDropsIt() {
        List<String> out = new ArrayList<>();
        MarkupFilter filter = new MarkupFilter(out::add, true, false, text -> null);
        assertThat(stream(filter, out, "I think it is 4.</think>\n\nIt is 4.")).isEqualTo("\n\nIt is 4.");
        assertThat(filter.sawTemplateOpenedThinking()).isTrue();
    }

    @Test
    void releasesTheHeldStartWhenTheReplyHasNoReasoning() {
        List<String> out = new ArrayList<>();
        MarkupFilter filter = new MarkupFilter(out::add, true, false, text -> null);
        assertThat(stream(filter, out, "Plain answer.")).isEqualTo("Plain answer.");
        assertThat(filter.sawTemplateOpenedThinking()).isFalse();
    }

    @Test
    void neverShowsABareCallHeldForTemplateOpenedThinking() {
        List<String> out = new ArrayList<>();
        TextToolCallParser parser = new TextToolCallParser();
        MarkupFilter filter = new MarkupFilter(out::add, true, true, text -> {
            ParsedMessage parsed = parser.parse(text, java.util.Set.of("get_weather"));
            return parsed.hasToolCalls() ? parsed.answer() : null;
        });
        assertThat(stream(filter, out, "{\"name\": \"get_weather\", \"arguments\": {}}")).isEmpty();
    }

    @Test
    void holdsAWrapperTagOrCallMarkerAtTheStartAndDropsItWhenItIsACall() {
        for (String reply : List.of("<json>\n{\"name\": \"get_weather\", \"arguments\": {}}\n</json>",
                " functools[{\"name\": \"get_weather\", \"arguments\": {}}]",
                "[TOOL_CALLS][{\"name\": \"get_weather\", \"arguments\": {}}]")) {
            List<String> out = new ArrayList<>();
            assertThat(stream(callAware(out), out, reply)).as(reply).isEmpty();
        }
    }

    @Test
    void passesOnAReplyInAnUnknownTagThatHoldsNoCall() {
        List<String> out = new ArrayList<>();
        assertThat(stream(callAware(out), out, "<b>Sunny</b> today")).isEqualTo("<b>Sunny</b> today");
    }

    // Functionary v3.2 output from ggml-org/llama.cpp tests/test-chat.cpp
    @Test
    void holdsARecipientLineNamingAnOfferedToolButNotAnAnswerThatStartsWithTheName() {
        TextToolCallParser parser = new TextToolCallParser();
        java.util.function.Function<List<String>, MarkupFilter> filter = out -> new MarkupFilter(out::add, false, true,
                text -> {
                    ParsedMessage parsed = parser.parse(text, java.util.Set.of("special_function"));
                    return parsed.hasToolCalls() ? parsed.answer() : null;
                }, java.util.Set.of("special_function"));
        List<String> call = new ArrayList<>();
        List<String> answer = new ArrayList<>();

        assertThat(stream(filter.apply(call), call, "special_function\n{\"arg1\": 1} \n")).isEmpty();
        assertThat(stream(filter.apply(answer), answer, "special_functions are rare.\nYes."))
                .isEqualTo("special_functions are rare.\nYes.");
    }

    static MarkupFilter builtinAware(List<String> out) {
        TextToolCallParser parser = new TextToolCallParser();
        return new MarkupFilter(out::add, false, true, text -> {
            ParsedMessage parsed = parser.parse(text, TextToolCallParserTest.builtinTools());
            return parsed.hasToolCalls() ? parsed.answer() : null;
        }, java.util.Set.of("python", "brave_search"));
    }

    @Test
    void hidesLlamaBuiltinCallExpressionsWithOrWithoutTheMarker() {
        for (String reply : List.of("<|python_tag|>brave_search.call(query=\"Paris\")",
                "python.call(code=\"print('hey')\")")) {
            List<String> out = new ArrayList<>();
            assertThat(stream(builtinAware(out), out, reply)).as(reply).isEmpty();
        }
    }

    @Test
    void hidesFunctionaryRawCodeAndRecipientRunsButShowsTheirText() {
        List<String> code = new ArrayList<>();
        List<String> run = new ArrayList<>();

        assertThat(stream(builtinAware(code), code, "python\n# This is a program:\nprint('hey')")).isEmpty();
        assertThat(stream(builtinAware(run), run, ">>>all\nChecking.>>>python\nprint(1)")).isEqualTo("Checking.");
    }

    @Test
    void passesOnProseThatStartsLikeACallExpression() {
        List<String> out = new ArrayList<>();
        String prose = "python.call is not a thing; use subprocess.call(args) instead.";

        assertThat(stream(builtinAware(out), out, prose)).isEqualTo(prose);
    }
}
