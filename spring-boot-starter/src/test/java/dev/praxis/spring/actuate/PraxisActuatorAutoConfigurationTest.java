package dev.praxis.spring.actuate;

import dev.langchain4j.model.chat.ChatModel;
import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.spring.PraxisAgents;
import dev.praxis.spring.PraxisAutoConfiguration;
import dev.praxis.testing.MutableClock;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.testing.server.FakeModelServer;
import dev.praxis.testing.server.FakeServerBehaviour;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PraxisActuatorAutoConfigurationTest {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PraxisAutoConfiguration.class,
                        PraxisActuatorAutoConfiguration.class))
                .withPropertyValues("praxis.memory.kind=memory");
    }

    @Test
    void healthIsUpWhenTheModelServerListsItsModels() {
        try (FakeModelServer server = FakeModelServer.start(FakeServerBehaviour.vllmWithToolParser("Qwen/Qwen3-8B"))) {
            runner().withPropertyValues("praxis.model=vllm/Qwen/Qwen3-8B", "praxis.base-url=" + server.baseUrl())
                    .run(context -> {
                        var health = context.getBean("praxisModelHealthIndicator", HealthIndicator.class).health();
                        assertThat(health.getStatus()).isEqualTo(Status.UP);
                        assertThat(health.getDetails()).containsEntry("model", "vllm/Qwen/Qwen3-8B")
                                .containsEntry("server", server.baseUrl());
                    });
        }
    }

    @Test
    void healthIsDownWhenTheModelServerDoesNotAnswer() {
        String url;
        try (FakeModelServer server = FakeModelServer.start(FakeServerBehaviour.vllmWithToolParser("m"))) {
            url = server.baseUrl();
        }
        ModelHealthIndicator indicator = new ModelHealthIndicator(ModelSpec.parse("vllm/m"),
                ModelOptions.builder().baseUrl(url).build(), Duration.ofSeconds(30), MutableClock.at(
                "2026-01-01T00:00:00Z"), new ModelServerProbe(Duration.ofSeconds(2)));
        var health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("error").toString()).startsWith("no response from " + url + "/models");
    }

    @Test
    void offlineModelIsAlwaysUpWithoutAProbe() {
        CountingProbe probe = new CountingProbe(200);
        ModelHealthIndicator indicator = new ModelHealthIndicator(ModelSpec.offline(), ModelOptions.builder().build(),
                Duration.ofSeconds(30), MutableClock.at("2026-01-01T00:00:00Z"), probe);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(probe.calls).hasValue(0);
    }

    @Test
    void probesAtMostOncePerCachePeriodAndSaysWhenTheKeyIsRefused() {
        MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
        CountingProbe probe = new CountingProbe(401);
        ModelHealthIndicator indicator = new ModelHealthIndicator(ModelSpec.parse("ollama/qwen2.5:7b"),
                ModelOptions.builder().baseUrl("http://127.0.0.1:9/").build(), Duration.ofSeconds(30), clock, probe);
        assertThat(indicator.health().getDetails().get("error"))
                .isEqualTo("HTTP 401 from http://127.0.0.1:9/api/tags: the API key was refused");
        clock.advance(Duration.ofSeconds(29));
        indicator.health();
        assertThat(probe.calls).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        indicator.health();
        assertThat(probe.calls).hasValue(2);
    }

    @Test
    void countsRunsByStopReasonAndToolCallsByToolAndOutcome() {
        ScriptedChatModel model = ScriptedChatModel.of(ScriptedChatModel.toolCall("echo", "{\"text\": \"hi\"}"),
                ScriptedChatModel.answer("done"));
        runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).withBean(ChatModel.class, () -> model)
                .withBean(EchoTools.class).withPropertyValues("praxis.agents.helper.instructions=Echo.")
                .run(context -> {
                    context.getBean(PraxisAgents.class).get("helper").run("s1", "echo hi");
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.get(AgentMetrics.RUNS).tag("agent", "helper").tag("stop_reason", "COMPLETED")
                            .counter().count()).isEqualTo(1.0);
                    assertThat(registry.get(AgentMetrics.TOOL_CALLS).tag("tool", "echo").tag("outcome", "ok")
                            .counter().count()).isEqualTo(1.0);
                });
    }

    @Test
    void noMetricsWithoutARegistryAndNoHealthWithoutPraxisModel() {
        runner().run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(AgentMetrics.class)
                .doesNotHaveBean("praxisModelHealthIndicator"));
    }

    /** A probe that answers {@code status} and counts its calls. */
    static final class CountingProbe extends ModelServerProbe {
        final AtomicInteger calls = new AtomicInteger();
        private final int status;

        CountingProbe(int status) {
            super(Duration.ofSeconds(1));
            this.status = status;
        }

        @Override
        int status(String url, Optional<String> apiKey) throws IOException {
            calls.incrementAndGet();
            return status;
        }
    }

    /** An application bean with one tool. */
    public static class EchoTools {
        /**
         * Echoes.
         *
         * @param text the text
         * @return the text
         */
        @ToolFunction(name = "echo", description = "Echoes the text")
        public String echo(@Param("the text") String text) {
            return text;
        }
    }
}
