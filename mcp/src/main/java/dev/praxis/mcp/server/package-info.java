/**
 * Praxis tools and agents served over the Model Context Protocol, on the official MCP Java SDK.
 *
 * <p>{@link dev.praxis.mcp.server.PraxisMcpServer} serves every tool of a list with its full JSON schema
 * ({@link dev.praxis.tool.ToolSpec#jsonSchema()}) and tool annotations derived from its
 * {@link dev.praxis.tool.SideEffect}, and each given agent as one tool {@code ask_<agent>}. Praxis's guarantees hold
 * over the protocol: arguments are checked by the same {@link dev.praxis.tool.ToolBox} as in-process (a bad call is
 * a tool result with {@code isError} and the same message), side-effecting calls pass an approval gate
 * ({@link dev.praxis.mcp.server.ApprovalMode}, deny by default), tools that redeem approval tokens still redeem them,
 * and results are returned as JSON data, never as text to be interpreted. Transports: stdio for desktop clients,
 * streamable HTTP (Jetty) behind a bearer token and an Origin allow-list.
 *
 * <p>Dependencies: the SDK's {@code mcp-core} and {@code mcp-json-jackson2} modules, not its {@code mcp}
 * aggregate, because {@code mcp} brings the Jackson 3 JSON binding ({@code tools.jackson}) while Praxis, LangChain4j
 * and every tool result here are Jackson 2; one Jackson on the classpath keeps {@code JsonNode} results passing
 * straight through.
 */
@NullMarked
package dev.praxis.mcp.server;

import org.jspecify.annotations.NullMarked;
