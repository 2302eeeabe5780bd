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
}
