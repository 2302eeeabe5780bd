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
    private Agent agent;
    private Assistant assistant;

    @Setup
    public void setUp() {
        InstantModel model = new InstantModel();
        agent = Contenders.praxis(model, new Calculator(), new MessageWindowMemory(Contenders.WINDOW));
        assistant = Contenders.langchain4j(model, new Calculator());
    }

    /**
     * A Praxis turn. Both contenders run one session for the whole benchmark, so after ten turns both send a full
     * 40-message window on every model call: LangChain4j's window evicts as it goes, and
     * {@code MessageWindowMemory} holds at most four windows' worth and drops the rest.
     */
    @Benchmark
    public RunRecord praxisTurn() {
        return agent.run(SESSION, QUESTION);
    }

    @Benchmark
    public String langchain4jTurn() {
        return assistant.chat(SESSION, QUESTION);
    }
}
