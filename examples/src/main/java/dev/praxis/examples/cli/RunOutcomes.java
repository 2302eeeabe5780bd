package dev.praxis.examples.cli;

import dev.praxis.agent.RunRecord;
import dev.praxis.agent.StopReason;

/** Maps how a run ended to the command line's exit code. */
final class RunOutcomes {

    private RunOutcomes() {
    }

    /**
     * Prints how a run ended: a completed run's answer on standard output; for any other run the agent's statement
     * of why is not an answer, so it goes to standard error (a script reading stdout never takes it for one).
     * With {@code json} the whole record goes to standard output whatever the outcome: it is the data.
     *
     * @param streamed whether the answer's tokens were already printed on standard output as they came
     */
    static void print(RunRecord record, Terminal terminal, boolean json, boolean streamed) {
        if (json) {
            terminal.out().println(record.toJson());
        } else if (record.completed()) {
            terminal.out().println(streamed ? "" : record.answer());
        } else {
            if (streamed) {
                terminal.out().println();
            }
            terminal.err().println("error: " + record.answer());
        }
        terminal.out().flush();
        terminal.err().flush();
    }

    /**
     * With {@code --verbose}, after each answer: how long the turn took and what it cost in tokens, on standard
     * error so that standard output stays the answer. For example {@code [finance] 1.42 s, 2 model calls, 1 tool
     * call, tokens 240 in / 40 out}.
     */
    static void printStatistics(RunRecord record, Terminal terminal) {
        dev.praxis.agent.Usage usage = record.usage();
        terminal.err().printf(java.util.Locale.ROOT, "[%s] %.2f s, %s, %s, tokens %d in / %d out%n", record.agent(),
                record.durationMs() / 1000.0, count(record.modelCalls().size(), "model call"),
                count(record.toolCalls().size(), "tool call"), usage == null ? 0 : usage.inputTokens(),
                usage == null ? 0 : usage.outputTokens());
        terminal.err().flush();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    static int exitCode(RunRecord record) {
        if (record.stopReason() == StopReason.COMPLETED) {
            return ExitCodes.OK;
        }
        return switch (record.stopReason()) {
            case MODEL_ERROR -> ExitCodes.MODEL_UNREACHABLE;
            case INTERNAL_ERROR -> ExitCodes.INTERNAL;
            default -> ExitCodes.INCOMPLETE;
        };
    }
}
