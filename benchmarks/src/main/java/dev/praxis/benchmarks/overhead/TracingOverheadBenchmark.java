package dev.praxis.benchmarks.overhead;

import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.memory.MessageWindowMemory;
import dev.praxis.opentelemetry.PraxisTelemetry;
import dev.praxis.tool.Tools;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.net.URI;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * What tracing adds to one agent turn (the {@link AgentOverheadBenchmark} turn: the model asks for
 * {@code add(2, 3)}, the tool runs, the model answers, with an {@link InstantModel}): {@code off} has no
 * telemetry, {@code api-noop} has {@link PraxisTelemetry} over the OpenTelemetry API with no SDK (what a user who
 * adds the module but installs no SDK pays), {@code sdk} has the SDK exporting every span synchronously to an
 * exporter that drops it and aggregating the metrics for an in-memory reader (the full cost of making, ending and
 * handing on four spans and the metric points per turn, without the I/O of a real exporter).
 *
 * <p>Not final: JMH generates subclasses of {@code @State} classes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TracingOverheadBenchmark {

    private static final String QUESTION = "What is 2 + 3?";
    private static final String SESSION = "bench";

    @Param({"off", "api-noop", "sdk"})
    public String tracing;

    private Agent agent;
    private OpenTelemetrySdk sdk;

    @Setup(Level.Trial)
    public void setUp() {
        Agent.Builder builder = Agent.builder().name("calculator").instructions(Contenders.INSTRUCTIONS)
                .model(new InstantModel()).tools(Tools.from(new Calculator()))
                .memory(new MessageWindowMemory(Contenders.WINDOW));
        OpenTelemetry api = switch (tracing) {
            case "off" -> null;
            case "api-noop" -> OpenTelemetry.noop();
            case "sdk" -> sdk = OpenTelemetrySdk.builder()
                    .setTracerProvider(SdkTracerProvider.builder()
                            .addSpanProcessor(SimpleSpanProcessor.create(new DroppingExporter())).build())
                    .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(InMemoryMetricReader.create())
                            .build())
                    .build();
            default -> throw new IllegalArgumentException("tracing: off, api-noop or sdk, got " + tracing);
        };
        if (api != null) {
            PraxisTelemetry telemetry = PraxisTelemetry.builder(api).requestModel("instant")
                    .server(URI.create("http://localhost:11434/v1")).build();
            builder.interceptor(telemetry.interceptor()).listener(telemetry.listener());
        }
        agent = builder.build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        agent.close();
        if (sdk != null) {
            sdk.close();
        }
    }

    @Benchmark
    public RunRecord turn() {
        return agent.run(SESSION, QUESTION);
    }

    /** Takes every span and keeps none: the SDK's work without an exporter's I/O. */
    static final class DroppingExporter implements SpanExporter {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
