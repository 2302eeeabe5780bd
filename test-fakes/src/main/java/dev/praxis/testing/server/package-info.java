/**
 * Fake model servers for tests: a loopback HTTP server ({@code com.sun.net.httpserver}, so no dependency) that
 * speaks the OpenAI Chat Completions or Ollama wire format and behaves like a given server setup: vLLM with and
 * without a tool-call parser, llama.cpp with and without {@code --jinja}, Ollama, or a server that refuses tools.
 */
@NullMarked
package dev.praxis.testing.server;

import org.jspecify.annotations.NullMarked;
