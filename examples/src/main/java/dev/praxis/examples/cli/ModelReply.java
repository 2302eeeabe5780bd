package dev.praxis.examples.cli;

import java.util.List;

/**
 * What a probe's chat request got back, whichever the wire: native calls, the content text, separated reasoning,
 * and whether token usage was reported.
 */
record ModelReply(List<Call> calls, String content, String reasoning, boolean usage) {

    /** A native tool call: its name and its arguments as JSON text. */
    record Call(String name, String arguments) {
        @Override
        public String toString() {
            return name + " " + arguments;
        }
    }

    ModelReply {
        calls = List.copyOf(calls);
    }
}
