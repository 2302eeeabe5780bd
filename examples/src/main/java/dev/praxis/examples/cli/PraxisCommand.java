package dev.praxis.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code praxis} command: domain agents on open models, from the terminal.
 *
 * <pre>
 * java -jar examples/target/praxis.jar ask --agent finance "Monthly payment on 300000 at 6.5% over 30 years?"
 * java -jar examples/target/praxis.jar tools list
 * </pre>
 */
@Command(name = "praxis", mixinStandardHelpOptions = true, version = "praxis 0.1.0",
        description = "Domain-specific AI agents on open models. Offline by default; --model ollama/qwen2.5:7b for a real model.",
        subcommands = {AskCommand.class, ChatCommand.class, ToolsCommand.class, AgentsCommand.class, DoctorCommand.class,
                EvalCommand.class, McpCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (use --verbose for the trace)",
                "2:bad input (unknown agent/tool/option, invalid arguments)", "3:model unreachable, unknown or refused",
                "4:the agent stopped before finishing (limit or timeout)",
                "5:tools call of a side-effecting tool that was not approved (nothing was done)",
                "6:session busy: another process held --session longer than --session-wait (nothing was stored)"})
public final class PraxisCommand implements java.util.concurrent.Callable<Integer> {

    private final Terminal terminal;
    private final RuntimeFactory runtimes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public PraxisCommand(Terminal terminal, RuntimeFactory runtimes) {
        this.terminal = terminal;
        this.runtimes = runtimes;
    }

    Terminal terminal() {
        return terminal;
    }

    RuntimeFactory runtimes() {
        return runtimes;
    }

    /** Without a command there is nothing to do: the usage goes to standard error and the exit code says so. */
    @Override
    public Integer call() {
        return missingCommand(spec.commandLine(), terminal);
    }

    /** Prints {@code line}'s usage on standard error and returns exit code 2: a command was expected. */
    static int missingCommand(CommandLine line, Terminal terminal) {
        terminal.err().println("error: missing command");
        line.usage(terminal.err());
        return ExitCodes.BAD_INPUT;
    }

    /** Runs the command line with {@code args}; returns the exit code. */
    public static int execute(Terminal terminal, RuntimeFactory runtimes, String... args) {
        CommandLine line = new CommandLine(new PraxisCommand(terminal, runtimes));
        OptionScopes.apply(line);
        line.setOut(terminal.out());
        line.setErr(terminal.err());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli would split an @FILE into whitespace-separated arguments; tools call reads @FILE.json whole itself
        line.setExpandAtFiles(false);
        line.setParameterExceptionHandler((e, a) -> {
            terminal.err().println("error: " + e.getMessage());
            terminal.err().println("try: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            return ExitCodes.BAD_INPUT;
        });
        line.setExecutionExceptionHandler(new ErrorReporter(terminal));
        int code = line.execute(args);
        terminal.out().flush();
        terminal.err().flush();
        return code;
    }
}
