/**
 * Test support for users' agents: a scripted {@code ChatModel} that replays tool calls and answers and records
 * every request, and JSON body builders for mock OpenAI-compatible and Ollama servers.
 */
@NullMarked
package dev.praxis.testing;

import org.jspecify.annotations.NullMarked;
