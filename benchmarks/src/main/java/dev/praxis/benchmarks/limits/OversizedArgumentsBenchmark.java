package dev.praxis.benchmarks.limits;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.finance.FinancePack;
import dev.praxis.finance.cashflow.CashFlowTools;
import dev.praxis.json.PraxisJson;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * The finance pack's {@code xnpv} and {@code xirr} with a million dated flows (refused: the limit is
 * {@link CashFlowTools#MAX_FLOWS}) and with the most flows allowed (run). Before size limits, {@code xnpv} with a
 * million flows ran for 64 s and took 3.6 GB (issue 12).
 *
 * <p>Not final: JMH generates subclasses of {@code @State} classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OversizedArgumentsBenchmark {

    static final int MILLION = 1_000_000;

    private final ToolContext context = ToolContext.standalone();
    private ToolBox box;
    private Tool xnpv;
    private String millionFlows;
    private String allowedFlowsXnpv;
    private String allowedFlowsXirr;
    private JsonNode millionFlowsTree;

    @Setup
    public void setUp() {
        box = ToolBox.of(FinancePack.tools());
        xnpv = box.find("xnpv").orElseThrow();
        millionFlows = "{\"rate\": 9, \"flows\": " + flows(MILLION) + "}";
        allowedFlowsXnpv = "{\"rate\": 9, \"flows\": " + flows(CashFlowTools.MAX_FLOWS) + "}";
        allowedFlowsXirr = "{\"flows\": " + flows(CashFlowTools.MAX_FLOWS) + "}";
        millionFlowsTree = PraxisJson.parse(millionFlows);
        require(box.call("xnpv", millionFlows, context), false);
        require(box.call("xnpv", allowedFlowsXnpv, context), true);
        require(box.call("xirr", allowedFlowsXirr, context), true);
    }

    /** {@code ToolBox.check(name, json)}: the parser stops at the 1,201st flow. */
    @Benchmark
    public Object refuseMillionFlowsFromText() {
        return box.check("xnpv", millionFlows);
    }

    /** {@code ToolBox.check(tool, tree)} on a tree already parsed (as the agent loop reuses it): one size check. */
    @Benchmark
    public Object refuseMillionFlowsFromParsedTree() {
        return box.check(xnpv, millionFlowsTree);
    }

    /** What reading the whole text costs when nothing stops it: the agent loop's own parse of the arguments. */
    @Benchmark
    public Object parseMillionFlowsUncapped() {
        return PraxisJson.parse(millionFlows);
    }

    @Benchmark
    public Object xnpvWithMostFlowsAllowed() {
        return box.call("xnpv", allowedFlowsXnpv, context);
    }

    @Benchmark
    public Object xirrWithMostFlowsAllowed() {
        return box.call("xirr", allowedFlowsXirr, context);
    }

    // An investment, then monthly income: xirr has one root.
    private static String flows(int n) {
        StringBuilder json = new StringBuilder(n * 44).append('[');
        LocalDate day = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("{\"date\":\"").append(day.plusDays(i % 36_500))
                    .append("\",\"amount\":").append(i == 0 ? "-100000.00" : "1250.75").append('}');
        }
        return json.append(']').toString();
    }

    private static void require(ToolResult result, boolean ok) {
        if (result.isOk() != ok) {
            throw new IllegalStateException("unexpected result: " + result);
        }
    }
}
