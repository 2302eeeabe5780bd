package dev.praxis.mcp.client;

import dev.praxis.PraxisException;

/** An MCP server could not be started, reached or initialised; the message names the server and the cause. */
public final class McpConnectionException extends PraxisException {

    McpConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
