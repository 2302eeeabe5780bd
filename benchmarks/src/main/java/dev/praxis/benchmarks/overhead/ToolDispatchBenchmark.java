package dev.praxis.benchmarks.overhead;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.service.tool.DefaultToolExecutor;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.Tools;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;

/**
 * Cost of dispatching one tool call from its JSON arguments to the result text the model gets: Praxis
 * {@code ToolBox.call} (parse, schema validation with bounds, binding, invocation, JSON result) against
 * LangChain4j's {@code DefaultToolExecutor} (parse, coercion, invocation, JSON result; no bounds).
 *
 * <p>Not final: JMH generates subclasses of {@code @State} classes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ToolDispatchBenchmark {

    static final String ARGUMENTS = "{\"limit_price\":101.25,\"quantity\":300,\"side\":\"BUY\","
            + "\"settlement\":\"2026-12-01\",\"legs\":[{\"symbol\":\"ACME\",\"weight\":0.6},"
            + "{\"symbol\":\"INIT\",\"weight\":0.4}],\"account\":\"acc-42\"}";

    private ToolBox toolBox;
    private DefaultToolExecutor executor;
    private ToolExecutionRequest request;
    private final ToolContext context = ToolContext.standalone();

    @Setup
    public void setUp() {
        OrderPricer pricer = new OrderPricer();
        toolBox = ToolBox.of(Tools.from(pricer));
        executor = new DefaultToolExecutor(pricer, priceOrder());
        // The same call in LangChain4j's shape: Java parameter names, and LocalDate as {year, month, day}.
        request = ToolExecutionRequest.builder().id("call_1").name("price_order")
                .arguments(ARGUMENTS.replace("limit_price", "limitPrice")
                        .replace("\"2026-12-01\"", "{\"year\":2026,\"month\":12,\"day\":1}")).build();
    }

    @Benchmark
    public String praxisDispatch() {
        return toolBox.call("price_order", ARGUMENTS, context).toModelText();
    }

    @Benchmark
    public String langchain4jDispatch() {
        return executor.execute(request, "bench");
    }

    static Method priceOrder() {
        for (Method method : OrderPricer.class.getMethods()) {
            if (method.getName().equals("priceOrder")) {
                return method;
            }
        }
        throw new IllegalStateException("OrderPricer.priceOrder not found");
    }
}
