package dev.praxis.spring;

import dev.langchain4j.model.chat.ChatModel;
import dev.praxis.agent.Interceptor;
import dev.praxis.micrometer.PraxisObservations;
import dev.praxis.opentelemetry.PraxisTelemetry;
import dev.praxis.testing.ScriptedChatModel;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.praxis.testing.ScriptedChatModel.answer;
import static dev.praxis.testing.ScriptedChatModel.call;
import static dev.praxis.testing.ScriptedChatModel.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

/** The observation and tracing interceptors the starter adds to declared agents, by condition. */
class PraxisObservabilityAutoConfigurationTest {

    @TempDir
    Path dir;

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    /** The spans as they were when the context closed (closing it shuts the SDK down, which clears the exporter). */
    private final List<SpanData> finished = new CopyOnWriteArrayList<>();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).build();

    @AfterEach
    void close() {
        sdk.close();
    }

    /** Public so that the agents' tool scan can call it. */
    public static final class Clock {
        /**
         * A fixed time.
         *
         * @return the time
         */
        @dev.praxis.tool.ToolFunction(description = "Tells the time")
        public String now() {
            return "12:00";
        }
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PraxisObservabilityAutoConfiguration.class,
                        PraxisAutoConfiguration.class))
                .withPropertyValues("praxis.memory.kind=memory", "praxis.agents.helper.instructions=Help.")
                .withBean(Clock.class, Clock::new)
                .withBean(ChatModel.class, () -> ScriptedChatModel.of(toolCalls(call("now", "{}")),
                        answer("It is noon.")));
    }

    @Test
    void anObservationRegistryGetsAnObservationPerRunModelCallAndToolCallOfADeclaredAgent() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        runner().withBean(ObservationRegistry.class, () -> registry)
                .withPropertyValues("praxis.model=ollama/qwen3:8b")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasBean("praxisObservationInterceptor")
                            .doesNotHaveBean(PraxisTelemetry.class);
                    context.getBean(PraxisAgents.class).get("helper").run("s1", "what time is it?");
                });
        TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo(PraxisObservations.RUN, 1)
                .hasNumberOfObservationsWithNameEqualTo(PraxisObservations.MODEL_CALL, 2)
                .hasNumberOfObservationsWithNameEqualTo(PraxisObservations.TOOL_CALL, 1)
                .forAllObservationsWithNameEqualTo(PraxisObservations.MODEL_CALL,
                        call -> call.hasLowCardinalityKeyValue("model", "qwen3:8b")
                                .hasLowCardinalityKeyValue("agent", "helper"))
                .hasObservationWithNameEqualTo(PraxisObservations.TOOL_CALL).that()
                .hasLowCardinalityKeyValue("tool", "now").hasLowCardinalityKeyValue("outcome", "ok")
                .hasParentObservationContextMatching(parent -> parent.getName().equals(PraxisObservations.RUN));
    }

    @Test
    void withoutAnObservationRegistryNoObservationInterceptorIsRegistered() {
        runner().run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean("praxisObservationInterceptor").doesNotHaveBean(Interceptor.class));
    }

    @Test
    void observationsEnabledFalseLeavesTheRegistryAlone() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        runner().withBean(ObservationRegistry.class, () -> registry)
                .withPropertyValues("praxis.observations.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean("praxisObservationInterceptor");
                    context.getBean(PraxisAgents.class).get("helper").run("s1", "what time is it?");
                });
        TestObservationRegistryAssert.assertThat(registry).doesNotHaveAnyObservation();
    }

    @Test
    void anOpenTelemetryBeanGetsGenAiSpansOfADeclaredAgentNamingTheConfiguredModelAndServer() {
        runner().withBean(OpenTelemetry.class, () -> sdk)
                .withPropertyValues("praxis.model=vllm/Qwen/Qwen2.5-7B-Instruct",
                        "praxis.base-url=http://gpu-box:8000/v1")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(PraxisTelemetry.class)
                            .hasBean("praxisTracingInterceptor").hasBean("praxisTracingListener");
                    context.getBean(PraxisAgents.class).get("helper").run("s1", "what time is it?");
                    finished.addAll(spans.getFinishedSpanItems());
                });
        assertThat(finished).extracting(SpanData::getName).containsExactlyInAnyOrder(
                "invoke_agent helper", "chat Qwen/Qwen2.5-7B-Instruct", "execute_tool now",
                "chat Qwen/Qwen2.5-7B-Instruct");
        SpanData run = span("invoke_agent helper");
        assertThat(finished).filteredOn(s -> s != run)
                .allSatisfy(s -> assertThat(s.getParentSpanId()).isEqualTo(run.getSpanId()));
        SpanData chat = finished.stream().filter(s -> s.getName().startsWith("chat"))
                .findFirst().orElseThrow();
        assertThat(chat.getAttributes().asMap())
                .containsEntry(AttributeKey.stringKey("gen_ai.request.model"), "Qwen/Qwen2.5-7B-Instruct")
                .containsEntry(AttributeKey.stringKey("gen_ai.provider.name"), "openai")
                .containsEntry(AttributeKey.stringKey("server.address"), "gpu-box")
                .containsEntry(AttributeKey.longKey("server.port"), 8000L)
                .doesNotContainKey(AttributeKey.stringKey("gen_ai.input.messages"));
    }

    @Test
    void captureContentPutsTheMessagesOnTheSpans() {
        runner().withBean(OpenTelemetry.class, () -> sdk)
                .withPropertyValues("praxis.tracing.capture-content=true")
                .run(context -> {
                    context.getBean(PraxisAgents.class).get("helper").run("s1", "what time is it?");
                    finished.addAll(spans.getFinishedSpanItems());
                });
        assertThat(span("invoke_agent helper").getAttributes().get(AttributeKey.stringKey("gen_ai.input.messages")))
                .contains("what time is it?");
    }

    @Test
    void tracingEnabledFalseRegistersNoTelemetry() {
        runner().withBean(OpenTelemetry.class, () -> sdk).withPropertyValues("praxis.tracing.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(PraxisTelemetry.class)
                            .doesNotHaveBean("praxisTracingInterceptor");
                    context.getBean(PraxisAgents.class).get("helper").run("s1", "what time is it?");
                    finished.addAll(spans.getFinishedSpanItems());
                });
        assertThat(finished).isEmpty();
    }

    @Test
    void withoutPraxisOpenTelemetryOnTheClassPathAnOpenTelemetryBeanIsLeftAlone() {
        runner().withBean(OpenTelemetry.class, () -> sdk)
                .withClassLoader(new FilteredClassLoader(PraxisTelemetry.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("praxisTracingInterceptor"));
    }

    private SpanData span(String name) {
        return finished.stream().filter(s -> s.getName().equals(name)).reduce((a, b) -> {
            throw new AssertionError("more than one span " + name);
        }).orElseThrow(() -> new AssertionError("no span " + name + " in " + finished));
    }
}
