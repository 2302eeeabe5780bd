/**
 * Model backends: naming a model with a spec ({@code offline}, {@code ollama/qwen2.5:7b}, {@code openai/...},
 * presets), building LangChain4j clients for it, resilience (retries, fallbacks, timeouts), tool calls that
 * arrive as text, streaming, and the offline default.
 */
package dev.praxis.model;
