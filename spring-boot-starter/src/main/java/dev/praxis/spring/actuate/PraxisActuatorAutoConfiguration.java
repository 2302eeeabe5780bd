package dev.praxis.spring.actuate;

import dev.praxis.model.ModelSpec;
import dev.praxis.spring.PraxisAutoConfiguration;
import dev.praxis.spring.PraxisProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * Actuator support, when {@code spring-boot-actuator} is on the class path: the health of the model server
 * ({@code praxisModel} in {@code /actuator/health}) and, when there is a Micrometer {@link MeterRegistry}, the
 * counters {@code praxis.agent.runs} (tags {@code agent}, {@code stop_reason}) and {@code praxis.agent.tool.calls}
 * (tags {@code agent}, {@code tool}, {@code outcome}), fed by an {@code AgentListener} bean that the declared agents
 * pick up.
 */
@AutoConfiguration(before = PraxisAutoConfiguration.class, afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(HealthIndicator.class)
public class PraxisActuatorAutoConfiguration {

    /** Created by Spring. */
    public PraxisActuatorAutoConfiguration() {
    }

    /**
     * The model server's health: a {@code GET} of its model list, at most every 30 seconds; always up for the
     * offline model. Only when the model comes from {@code praxis.model}.
     *
     * @param properties the {@code praxis.*} properties
     * @return the indicator, named {@code praxisModel}
     */
    @Bean
    @ConditionalOnProperty("praxis.model")
    @ConditionalOnMissingBean(name = "praxisModelHealthIndicator")
    public HealthIndicator praxisModelHealthIndicator(PraxisProperties properties) {
        ModelSpec spec = ModelSpec.parse(properties.model());
        return new ModelHealthIndicator(spec, properties.modelOptions(), Duration.ofSeconds(30),
                Clock.systemUTC(), new ModelServerProbe(Duration.ofSeconds(3)));
    }

    /** Micrometer counters of runs and tool calls. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class Metrics {

        @Bean
        @ConditionalOnMissingBean
        AgentMetrics praxisAgentMetrics(MeterRegistry registry) {
            return new AgentMetrics(registry);
        }
    }
}
