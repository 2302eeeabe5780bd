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
