package dev.praxis.examples.cli;

import dev.praxis.event.AgentEvent;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The spinner on standard error while the model thinks: drawn in place, wiped by whatever comes next. */
class WaitingLineTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();
    private final WaitingLine line = new WaitingLine(new PrintWriter(err), nanos::get, false);

    @Test
    void drawsInPlaceWithTheTimeWaitedAndWipesItWhenTheModelAnswers() {
        line.onEvent(new AgentEvent.ModelRequested("r1", "finance", 0, 3, 24));
        nanos.set(2_400_000_000L);
        line.tick();
        line.onEvent(new AgentEvent.ModelResponded("r1", "finance", 0, 120, 20, 0, 2400, null));

        String drawn = err.toString();
        assertThat(drawn).startsWith("\r  [finance] waiting for the model | 0.0 s")
                .contains("\r  [finance] waiting for the model / 2.4 s")
                .endsWith("\r" + " ".repeat("  [finance] waiting for the model / 2.4 s".length()) + "\r")
                .doesNotContain("\n");
    }

    @Test
    void aToolStartingWipesTheLineBeforeItsOwnProgressIsPrinted() {
        line.onEvent(new AgentEvent.ModelRequested("r1", "shop", 0, 3, 20));
        line.onEvent(new AgentEvent.ToolStarted("r1", "shop", "c1", "search_products", null));
        int afterWipe = err.toString().length();
        line.tick();

        assertThat(err.toString()).hasSize(afterWipe).endsWith("\r");
    }

    @Test
    void closingWipesALineStillShown() {
        line.onEvent(new AgentEvent.ModelRequested("r1", "finance", 0, 3, 24));
        line.close();

        assertThat(err.toString()).endsWith(" \r");
    }

    @Test
    void scriptsAndDumbTerminalsGetNoSpinner() {
        BufferedReader in = new BufferedReader(new StringReader(""));
        PrintWriter out = new PrintWriter(new StringWriter());
        assertThat(WaitingLine.forTerminal(new Terminal(in, out, out, false, Map.of()))).isEmpty();
        assertThat(WaitingLine.forTerminal(new Terminal(in, out, out, true, Map.of("TERM", "dumb")))).isEmpty();
        assertThat(WaitingLine.forTerminal(new Terminal(in, out, out, true, Map.of("TERM", "xterm")))).isPresent();
    }
}
