/**
 * JMH benchmarks of argument size limits: how fast an oversized tool call is refused, and what the largest
 * allowed call costs. Run with {@code benchmarks/run.sh limits}; see docs/benchmarks.md.
 */
package dev.praxis.benchmarks.limits;
