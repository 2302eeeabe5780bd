package dev.praxis.benchmarks.overhead;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;

import java.util.concurrent.atomic.AtomicLong;

/** The one tool of the overhead benchmark, annotated for both frameworks so both call the same method. */
public final class Calculator {

    private final AtomicLong calls = new AtomicLong();

    @Tool("Adds two integers")
    @ToolFunction(description = "Adds two integers")
    public int add(@P("First addend") @Param("First addend") int a, @P("Second addend") @Param("Second addend") int b) {
        calls.incrementAndGet();
        return a + b;
    }

    /** How many times either framework called {@link #add}. */
    public long calls() {
        return calls.get();
    }
}
