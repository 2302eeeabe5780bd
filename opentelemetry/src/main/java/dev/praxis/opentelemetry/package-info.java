/**
 * Traces and metrics of agent runs for OpenTelemetry, following its GenAI semantic conventions: a span per turn
 * ({@code invoke_agent}), per model call ({@code chat}) and per tool call ({@code execute_tool}), with the
 * matching metrics. Start with {@link dev.praxis.opentelemetry.PraxisTelemetry}; docs/observability.md lists
 * every span, attribute and metric.
 */
@NullMarked
package dev.praxis.opentelemetry;

import org.jspecify.annotations.NullMarked;
