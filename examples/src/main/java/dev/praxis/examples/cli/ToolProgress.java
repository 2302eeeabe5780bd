package dev.praxis.examples.cli;

import dev.praxis.event.AgentEvent;
import dev.praxis.event.AgentListener;
import dev.praxis.internal.text.Redaction;

/** Shows tool calls on standard error as they happen, so answers on standard output stay clean. */
final class ToolProgress implements AgentListener {

    private final Terminal terminal;

    ToolProgress(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void onEvent(AgentEvent event) {
        if (event instanceof AgentEvent.ToolStarted e) {
            print("  [" + e.agent() + "] -> " + e.tool() + " " + Redaction.redact(String.valueOf(e.arguments())));
        } else if (event instanceof AgentEvent.ToolFinished e && !e.result().isOk()) {
            print("  [" + e.agent() + "] <- " + e.tool() + " " + e.result().outcome().json() + ": " + e.result().error());
        }
    }

    private synchronized void print(String line) {
        terminal.err().println(line.length() > 240 ? line.substring(0, 240) + "..." : line);
        terminal.err().flush();
    }
}
