/**
 * Any MCP server's tools in a Praxis agent, on the official MCP Java SDK's client (stdio and streamable HTTP).
 *
 * <p>{@link dev.praxis.mcp.client.McpToolSource} connects to one server and turns each of its tools into a Praxis
 * tool named {@code <server>_<tool>}, whose side effect comes from the server's annotations (none means
 * irreversible, so approval is required), whose arguments are checked against the server's input schema before
 * approval and before anything is sent, and whose results are data. {@link dev.praxis.mcp.client.McpServerSpec}
 * reads the CLI's {@code --mcp name=command args} and {@code --mcp name=URL}.
 */
@NullMarked
package dev.praxis.mcp.client;

import org.jspecify.annotations.NullMarked;
