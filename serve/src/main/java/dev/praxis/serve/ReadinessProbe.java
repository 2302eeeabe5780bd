package dev.praxis.serve;

import java.util.Optional;

/**
 * Tells {@code GET /readyz} whether the agents' model can answer, e.g. by listing the model server's models as
 * {@code praxis doctor} does. The server caches the answer (see {@link ServeOptions#readinessTtl()}) so probes from
 * a load balancer do not reach the model server on every call.
 */
@FunctionalInterface
public interface ReadinessProbe {

    /**
     * Checks the model; may block for a few seconds.
     *
     * @return empty when ready, otherwise why not (shown to the caller, so no secrets)
     */
    Optional<String> problem();

    /**
     * A probe that always answers ready, for models that need no server (offline, scripted).
     *
     * @return the probe
     */
    static ReadinessProbe alwaysReady() {
        return Optional::empty;
    }
}
