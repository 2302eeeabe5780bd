/**
 * Praxis agents behind an OpenAI-compatible HTTP API: {@code POST /v1/chat/completions} (plain and streamed as
 * server-sent events), {@code GET /v1/models}, approvals a person decides over HTTP ({@code GET /v1/approvals},
 * {@code POST /v1/approvals/{id}}), health and readiness, each caller known by an API key and kept to their own
 * sessions. {@link dev.praxis.serve.PraxisServer} is the entry point; the wire format is described in
 * {@code docs/serve.md}.
 *
 * <p>The HTTP server is Jetty 12 (servlet API, ee10). Why Jetty: it is already in the build for the MCP server
 * (one server library to keep patched, not two), it is maintained by the Eclipse Foundation with regular security
 * releases, it runs on Java 17, and its blocking servlet API fits Praxis, whose {@code Agent.run} blocks: a request
 * thread runs a turn and streams its tokens with plain writes and flushes. Javalin 7 sits on the same Jetty and would
 * add only a routing layer this small API does not need.
 */
@NullMarked
package dev.praxis.serve;

import org.jspecify.annotations.NullMarked;
