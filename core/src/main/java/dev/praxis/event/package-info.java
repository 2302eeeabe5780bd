/**
 * Events: one typed listener, {@link dev.praxis.event.AgentListener}, sees everything a run does (model calls,
 * tool calls, approvals); {@link dev.praxis.event.Slf4jAgentListener} logs them without secrets.
 */
@NullMarked
package dev.praxis.event;

import org.jspecify.annotations.NullMarked;
