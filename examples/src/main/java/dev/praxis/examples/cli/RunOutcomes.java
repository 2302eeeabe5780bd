package dev.praxis.examples.cli;

import dev.praxis.agent.RunRecord;
import dev.praxis.agent.StopReason;

/** Maps how a run ended to the command line's exit code. */
final class RunOutcomes {

    private RunOutcomes() {
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
