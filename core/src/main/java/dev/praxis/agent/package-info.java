/**
 * Agents: the tool-calling loop with its limits and approval gate, run records, typed output, and agents
 * used as tools of other agents.
 */
@NullMarked
package dev.praxis.agent;

import org.jspecify.annotations.NullMarked;
