package dev.praxis.spring.actuate;

import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Preset;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Up when the model server lists its models ({@code GET /models}, Ollama {@code GET /api/tags}), as the CLI's
 * {@code doctor} checks first. The answer is kept for {@code cacheFor}, so a health endpoint polled every second
 * costs the model server one request per period.
 */
final class ModelHealthIndicator implements HealthIndicator {

    private final ModelSpec spec;
    private final ModelOptions options;
    private final Duration cacheFor;
    private final Clock clock;
    private final ModelServerProbe probe;
    private Health last;
    private Instant checkedAt = Instant.MIN;

    ModelHealthIndicator(ModelSpec spec, ModelOptions options, Duration cacheFor, Clock clock, ModelServerProbe probe) {
        this.spec = spec;
        this.options = options;
        this.cacheFor = cacheFor;
        this.clock = clock;
        this.probe = probe;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(checkedAt.plus(cacheFor))) {
            last = check();
            checkedAt = now;
        }
        return last;
    }

    private Health check() {
        if (spec.preset() == Preset.OFFLINE) {
            return Health.up().withDetail("model", spec.toString()).withDetail("server", "none: in process").build();
        }
        String base = options.baseUrl(spec).orElse("");
        String url = stripSlash(base) + (spec.preset().wire() == Preset.Wire.OLLAMA ? "/api/tags" : "/models");
        Health.Builder health;
        try {
            int status = probe.status(url, options.apiKey(spec));
            health = status / 100 == 2 ? Health.up() : Health.down().withDetail("error", "HTTP " + status + " from "
                    + url + (status == 401 || status == 403 ? ": the API key was refused" : ""));
        } catch (IOException | IllegalArgumentException e) {
            health = Health.down().withDetail("error", "no response from " + url + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            health = Health.unknown().withDetail("error", "interrupted");
        }
        return health.withDetail("model", spec.toString()).withDetail("server", base).build();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
