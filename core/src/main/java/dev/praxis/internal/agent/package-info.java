/**
 * Agent-side helpers that other Praxis modules need across packages: the open spans or observations of a run, by
 * turn and by tool call. Not API: may change without notice.
 */
@NullMarked
package dev.praxis.internal.agent;

import org.jspecify.annotations.NullMarked;
