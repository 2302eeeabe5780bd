/**
 * JMH benchmarks of framework overhead, with no network: one agent turn (a tool call and a final answer from an
 * in-process model) in Praxis against LangChain4j {@code AiServices}, and tool dispatch (validation and binding)
 * alone. {@link dev.praxis.benchmarks.overhead.OverheadReport} runs them and prints the ratios.
 */
package dev.praxis.benchmarks.overhead;
