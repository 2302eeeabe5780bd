package dev.praxis.spring;

import dev.praxis.agent.Interceptor;
import dev.praxis.event.AgentListener;
import dev.praxis.micrometer.PraxisObservations;
import dev.praxis.model.ModelSpec;
import dev.praxis.opentelemetry.PraxisTelemetry;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.OpenTelemetry;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Observability of the declared agents, from what the application already has: Micrometer Observations of every
 * run, model call and tool call on the context's {@link ObservationRegistry} (Spring Boot's actuator makes one, with
 * the tracing and metrics it is configured for), and, when {@code praxis-opentelemetry} is on the class path and the
 * context has an {@link OpenTelemetry}, the GenAI-convention spans and metrics of {@link PraxisTelemetry}. Both are
 * {@link Interceptor} (and listener) beans, which {@link PraxisAutoConfiguration} gives every declared agent.
 * Properties: {@code praxis.observations.enabled}, {@code praxis.tracing.enabled} (both default {@code true}) and
 * {@code praxis.tracing.capture-content} (default {@code false}).
 */
@AutoConfiguration(before = PraxisAutoConfiguration.class, afterName = {
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration"})
@EnableConfigurationProperties(PraxisProperties.class)
public class PraxisObservabilityAutoConfiguration {

    /** Created by Spring. */
    public PraxisObservabilityAutoConfiguration() {
    }

    /** The observation interceptor, when the context has an {@link ObservationRegistry}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ObservationRegistry.class, PraxisObservations.class})
    @ConditionalOnBean(ObservationRegistry.class)
    @ConditionalOnProperty(name = "praxis.observations.enabled", havingValue = "true", matchIfMissing = true)
    static class Observations {

        // Second outermost, after the tracing interceptor: the observation includes the time of the rest.
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 1)
        @ConditionalOnMissingBean(name = "praxisObservationInterceptor")
        Interceptor praxisObservationInterceptor(ObservationRegistry registry, PraxisProperties properties) {
            String model = modelName(properties);
            return model == null ? PraxisObservations.interceptor(registry)
                    : PraxisObservations.interceptor(registry, model);
        }
    }

    /** {@link PraxisTelemetry}, when {@code praxis-opentelemetry} is on the class path and an OpenTelemetry bean. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({OpenTelemetry.class, PraxisTelemetry.class})
    @ConditionalOnBean(OpenTelemetry.class)
    @ConditionalOnProperty(name = "praxis.tracing.enabled", havingValue = "true", matchIfMissing = true)
    static class Tracing {

        @Bean
        @ConditionalOnMissingBean
        PraxisTelemetry praxisTelemetry(OpenTelemetry openTelemetry, PraxisProperties properties,
                                        Environment environment) {
            PraxisTelemetry.Builder builder = PraxisTelemetry.builder(openTelemetry).captureContent(
                    environment.getProperty("praxis.tracing.capture-content", Boolean.class, false));
            if (properties.model() != null) {
                ModelSpec spec = ModelSpec.parse(properties.model());
                builder.requestModel(spec.model());
                provider(spec).ifPresent(builder::provider);
                properties.modelOptions().baseUrl(spec).ifPresent(url -> builder.server(URI.create(url)));
            }
            if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
                builder.secrets(List.of(properties.apiKey()));
            }
            return builder.build();
        }

        // Outermost: its spans include the time of every other interceptor (PraxisTelemetry's advice).
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        Interceptor praxisTracingInterceptor(PraxisTelemetry telemetry) {
            return telemetry.interceptor();
        }

        @Bean
        AgentListener praxisTracingListener(PraxisTelemetry telemetry) {
            return telemetry.listener();
        }

        /** The {@code gen_ai.provider.name} of a preset's wire: the API the server speaks. */
        private static Optional<String> provider(ModelSpec spec) {
            return switch (spec.preset().wire()) {
                case OPENAI -> Optional.of("openai");
                case OLLAMA -> Optional.of("ollama");
                default -> Optional.empty();
            };
        }
    }

    private static @Nullable String modelName(PraxisProperties properties) {
        return properties.model() == null ? null : ModelSpec.parse(properties.model()).model();
    }
}
