package dev.praxis.benchmarks.overhead;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@link AgentOverheadBenchmark} and {@link ToolDispatchBenchmark} in one JMH run and prints a table of
 * ns/op with the Praxis/LangChain4j ratio. Arguments are JMH's own ({@code -f 1 -wi 3 -i 5 -r 2s}); with none,
 * those modest settings are used. Then the same pairs run interleaved in this JVM ({@link InterleavedComparison}),
 * which holds up better on a busy machine; {@code --interleaved-only} skips JMH. Run it from a real class path
 * (benchmarks/run.sh), since JMH forks.
 */
public final class OverheadReport {

    private OverheadReport() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        boolean jmh = !Arrays.asList(args).contains("--interleaved-only");
        String[] jmhArgs = Arrays.stream(args).filter(a -> !a.equals("--interleaved-only")).toArray(String[]::new);
        if (jmh) {
            CommandLineOptions command = new CommandLineOptions(jmhArgs.length == 0
                    ? new String[]{"-f", "1", "-wi", "3", "-i", "5", "-w", "1s", "-r", "2s"} : jmhArgs);
            Options options = new OptionsBuilder().parent(command)
                    .include(AgentOverheadBenchmark.class.getSimpleName())
                    .include(ToolDispatchBenchmark.class.getSimpleName())
                    .build();
            Collection<RunResult> results = new Runner(options).run();
            System.out.println(table(results));
        }
        System.out.println(interleaved());
    }

    /** The same pairs, alternated in short batches in this JVM: medians of 40 rounds of 250 ms per side. */
    static String interleaved() {
        AgentOverheadBenchmark turn = new AgentOverheadBenchmark();
        turn.setUp();
        ToolDispatchBenchmark dispatch = new ToolDispatchBenchmark();
        dispatch.setUp();
        InterleavedComparison comparison = new InterleavedComparison(40, 250);
        InterleavedComparison.Outcome turns = comparison.compare("Agent turn (tool call + answer)",
                turn::praxisTurn, turn::langchain4jTurn);
        InterleavedComparison.Outcome dispatches = comparison.compare("Tool dispatch (6 typed args)",
                dispatch::praxisDispatch, dispatch::langchain4jDispatch);
        return "\nInterleaved A/B, medians of 40 rounds (ns/op):\n"
                + "| Benchmark | Praxis wall | LangChain4j wall | Ratio (wall) | Praxis CPU | LangChain4j CPU | Ratio (CPU) |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n" + turns.row() + "\n" + dispatches.row() + "\n";
    }

    static String table(Collection<RunResult> results) {
        Map<String, Result<?>> byName = new LinkedHashMap<>();
        for (RunResult run : results) {
            String label = run.getParams().getBenchmark();
            byName.put(label.substring(label.lastIndexOf('.') + 1), run.getPrimaryResult());
        }
        StringBuilder out = new StringBuilder("\n| Benchmark | Praxis (ns/op) | LangChain4j (ns/op) | Praxis / LangChain4j |\n")
                .append("|---|---:|---:|---:|\n");
        row(out, "Agent turn (tool call + answer)", byName.get("praxisTurn"), byName.get("langchain4jTurn"));
        row(out, "Tool dispatch (6 typed args)", byName.get("praxisDispatch"), byName.get("langchain4jDispatch"));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, Result<?> praxis, Result<?> langchain4j) {
        if (praxis == null || langchain4j == null) {
            return;
        }
        out.append(String.format(Locale.ROOT, "| %s | %,.0f ± %,.0f | %,.0f ± %,.0f | %.2fx |%n", label,
                praxis.getScore(), error(praxis), langchain4j.getScore(), error(langchain4j),
                praxis.getScore() / langchain4j.getScore()));
    }

    private static double error(Result<?> result) {
        double error = result.getScoreError();
        return Double.isNaN(error) ? 0 : error;
    }
}
