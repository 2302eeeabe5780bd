/**
 * Agents: the tool-calling loop with its limits and approval gate, run records, typed output, and agents
 * used as tools of other agents.
 */
package dev.praxis.agent;
