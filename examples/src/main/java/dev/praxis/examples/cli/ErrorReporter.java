package dev.praxis.examples.cli;

import dev.praxis.PraxisException;
import dev.praxis.memory.store.SessionBusyException;
import picocli.CommandLine;

/**
 * Turns exceptions into one clear line on standard error and an exit code; the stack trace only with
 * {@code --verbose}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    private final Terminal terminal;

    ErrorReporter(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        int code = exitCode(e);
        terminal.err().println("error: " + message(e));
        if (verbose) {
            // causes' messages may carry what the top message masks (a URL with credentials, a key)
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            terminal.err().print(dev.praxis.internal.text.Redaction.redact(trace.toString()));
        }
        terminal.err().flush();
        return code;
    }

    static int exitCode(Throwable e) {
        if (e instanceof BadInputException || e instanceof IllegalArgumentException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof SessionBusyException) {
            return ExitCodes.SESSION_BUSY;
        }
        if (e instanceof PraxisException && isModelProblem(e)) {
            return ExitCodes.MODEL_UNREACHABLE;
        }
        return ExitCodes.INTERNAL;
    }

    private static boolean isModelProblem(Throwable e) {
        return e.getClass().getPackageName().equals("dev.praxis.model");
    }

    /** What a user sees when a session stayed busy: what happened and what to do about it. */
    static String sessionBusy(SessionBusyException e) {
        return e.getMessage() + " (another praxis process is using it; retry, or wait longer with --session-wait SECONDS)";
    }

    private static String message(Throwable e) {
        if (e instanceof SessionBusyException busy) {
            return sessionBusy(busy);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : dev.praxis.internal.text.Redaction.redact(message);
    }
}
