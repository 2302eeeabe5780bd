/**
 * Tool calls that arrive as text: Qwen/Hermes {@code <tool_call>} blocks left in the message by servers
 * without a tool parser, Qwen3's {@code <think>} reasoning, and the {@code prompted} mode for servers with no
 * tool support at all. {@link dev.praxis.model.toolcall.TextToolCallParser} is the pure parser;
 * {@link dev.praxis.model.toolcall.TextToolCallingModel} applies it around a backend.
 */
@NullMarked
package dev.praxis.model.toolcall;

import org.jspecify.annotations.NullMarked;
