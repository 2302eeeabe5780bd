package dev.praxis.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code praxis agents}: the agents this build offers. */
@Command(name = "agents", mixinStandardHelpOptions = true, description = "Lists the available agents.")
final class AgentsCommand implements Callable<Integer> {

    @ParentCommand
    PraxisCommand parent;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        try (AgentRuntime runtime = parent.runtimes().open(common, terminal)) {
            for (AgentRuntime.AgentInfo info : runtime.agents()) {
                terminal.out().printf("%-10s %s%n", info.name(), info.description());
            }
        }
        return ExitCodes.OK;
    }
}
