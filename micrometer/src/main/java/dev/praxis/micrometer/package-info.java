/**
 * Micrometer Observations of agent runs: one per turn ({@code praxis.agent.run}), per model call
 * ({@code praxis.model.call}) and per tool call ({@code praxis.tool.call}), on the application's
 * {@code ObservationRegistry}, so that whatever handlers it has (timers, Micrometer Tracing spans) see them. Start
 * with {@link dev.praxis.micrometer.PraxisObservations}; docs/observability.md lists the key values.
 */
@NullMarked
package dev.praxis.micrometer;

import org.jspecify.annotations.NullMarked;
