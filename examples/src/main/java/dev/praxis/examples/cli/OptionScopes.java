package dev.praxis.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the shared {@link CommonOptions} each command really reads, so that its {@code --help} lists only those
 * and any other is refused as unknown (exit code 2) instead of being accepted and ignored. {@code ask} and
 * {@code chat} read them all; a command not named here declares no shared options.
 */
final class OptionScopes {

    /** Qualified command name (as {@code praxis tools call}) to the shared options it reads. */
    private static final Map<String, Set<String>> READS = Map.of(
            "praxis agents", Set.of("--verbose"),
            "praxis tools list", Set.of("--verbose"),
            "praxis tools call", Set.of("--approve", "--data-dir", "--verbose"),
            "praxis doctor", Set.of("--model", "--base-url", "--verbose"));

    private OptionScopes() {
    }

    /** Removes from every command of {@code root} the shared options it does not read. */
    static void apply(CommandLine root) {
        Set<String> shared = sharedOptionNames();
        for (CommandLine line : all(root)) {
            Set<String> reads = READS.get(line.getCommandSpec().qualifiedName());
            if (reads == null) {
                continue;
            }
            CommandSpec spec = line.getCommandSpec();
            for (OptionSpec option : List.copyOf(spec.options())) {
                String name = option.longestName();
                if (shared.contains(name) && !reads.contains(name)) {
                    spec.remove(option);
                }
            }
        }
    }

    private static Set<String> sharedOptionNames() {
        return Set.copyOf(CommandSpec.forAnnotatedObject(new CommonOptions()).optionsMap().keySet());
    }

    private static List<CommandLine> all(CommandLine root) {
        List<CommandLine> lines = new java.util.ArrayList<>();
        lines.add(root);
        for (CommandLine sub : root.getSubcommands().values()) {
            lines.addAll(all(sub));
        }
        return lines;
    }
}
