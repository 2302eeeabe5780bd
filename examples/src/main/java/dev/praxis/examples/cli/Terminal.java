package dev.praxis.examples.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Where the command line reads and writes, and the environment it reads settings from. Injected so that tests
 * run every command in-process with their own streams and variables.
 *
 * @param in          standard input
 * @param out         standard output: answers and JSON only
 * @param err         standard error: errors, tool progress, approval prompts
 * @param interactive whether standard input is a terminal (decides the default approval mode)
 * @param env         environment variables ({@code PRAXIS_MODEL}, {@code PRAXIS_BASE_URL}, ...)
 */
public record Terminal(BufferedReader in, PrintWriter out, PrintWriter err, boolean interactive, Map<String, String> env) {

    public Terminal {
        env = Map.copyOf(env);
    }

    /** The process's own streams and environment. */
    public static Terminal system() {
        return new Terminal(new BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)),
                new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true),
                System.console() != null, System.getenv());
    }
}
