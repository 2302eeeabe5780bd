package dev.praxis.examples.cli;

import dev.praxis.examples.ExampleRuntime;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the real command line in-process with captured streams, a given stdin and environment. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Path dataDir, String stdin, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new BufferedReader(new StringReader(stdin)), new PrintWriter(out, true),
                new PrintWriter(err, true), false, env);
        List<String> all = new ArrayList<>(List.of(args));
        if (readsDataDir(all)) {
            all.add("--data-dir");
            all.add(dataDir.toString());
        }
        int code = PraxisCommand.execute(terminal, ExampleRuntime::open, all.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Whether the command in {@code args} takes {@code --data-dir} (agents, tools list and doctor do not). */
    private static boolean readsDataDir(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.contains("--help")) {
            return false;
        }
        String command = args.get(0);
        boolean toolsList = command.equals("tools") && args.size() > 1 && args.get(1).equals("list");
        return !(command.equals("agents") || command.equals("doctor") || toolsList
                || command.equals("eval"));
    }

    /** Runs {@code args} exactly as given: no {@code --data-dir} added (for tests of that option itself). */
    static CliRun exactly(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new BufferedReader(new StringReader(stdin)), new PrintWriter(out, true),
                new PrintWriter(err, true), false, Map.of());
        int code = PraxisCommand.execute(terminal, ExampleRuntime::open, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun run(Path dataDir, String... args) {
        return run(dataDir, "", Map.of(), args);
    }
}
