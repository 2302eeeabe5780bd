/**
 * Many concurrent sessions against a local OpenAI-compatible server with a fixed latency:
 * {@link dev.praxis.benchmarks.concurrency.ConcurrencyHarness} prints throughput against the ideal, added latency
 * and heap per session.
 */
package dev.praxis.benchmarks.concurrency;
