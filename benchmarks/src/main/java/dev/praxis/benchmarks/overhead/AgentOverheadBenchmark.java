package dev.praxis.benchmarks.overhead;

import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.memory.MessageWindowMemory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Framework overhead of one agent turn (model asks for {@code add(2, 3)}, the tool runs, the model answers) with
 * an {@link InstantModel}, so nothing but the framework is measured: Praxis {@code Agent.run} against LangChain4j
 * {@code AiServices}. Both keep one session with a 40-message window.
 *
 * <p>Not final: JMH generates subclasses of {@code @State} classes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AgentOverheadBenchmark {

    private static final String QUESTION = "What is 2 + 3?";
    private static final String SESSION = "bench";
    /** Ten turns fill the 40-message window; see the note on {@link #praxisTurn()}. */
    private static final int TURNS_PER_SESSION = 10;

    private Agent agent;
    private MessageWindowMemory memory;
    private Assistant assistant;
    private int turns;

    @Setup
    public void setUp() {
        InstantModel model = new InstantModel();
        memory = new MessageWindowMemory(Contenders.WINDOW);
        agent = Contenders.praxis(model, new Calculator(), memory);
        assistant = Contenders.langchain4j(model, new Calculator());
    }

    /**
     * A Praxis turn. {@code MessageWindowMemory} (as of this commit) sends only the last 40 messages but keeps
     * every message it was given, so one session run millions of times grows without bound and the benchmark
     * would measure that growth (array copies, long GC pauses). The session is therefore cleared every ten
     * turns, once its window is full; LangChain4j's window evicts by itself.
     */
    @Benchmark
    public RunRecord praxisTurn() {
        if (++turns % TURNS_PER_SESSION == 0) {
            memory.clear(SESSION);
        }
        return agent.run(SESSION, QUESTION);
    }

    @Benchmark
    public String langchain4jTurn() {
        return assistant.chat(SESSION, QUESTION);
    }
}
