package dev.praxis.mcp.client;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Praxis names for a server's tools: {@code <server>_<tool>}, the tool's name in snake_case ({@code get-sum} on
 * server {@code everything} is {@code everything_get_sum}). Praxis tool names are snake_case, so neither
 * {@code __} nor {@code .} can separate the parts; a server name has no underscore instead, so the first one
 * always ends it and two servers cannot produce the same name.
 */
final class ToolNames {

    private static final Pattern SERVER = Pattern.compile("[a-z][a-z0-9]{0,19}");
    private static final int MAX_LENGTH = 64;

    private ToolNames() {
    }

    /** Throws unless {@code server} is lower-case letters and digits, starting with a letter, at most 20. */
    static String server(String server) {
        if (server == null || !SERVER.matcher(server).matches()) {
            throw new IllegalArgumentException("MCP server name must be 1 to 20 lower-case letters or digits,"
                    + " starting with a letter (it prefixes its tools' names): '" + server + "'");
        }
        return server;
    }

    /** The namespaced snake_case name of {@code tool} on {@code server}; throws when it cannot be one. */
    static String of(String server, String tool) {
        String snake = tool.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        String name = server + "_" + snake;
        if (snake.isEmpty() || name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("MCP server '" + server + "' has a tool named '" + tool
                    + "' that cannot become a Praxis tool name (" + (snake.isEmpty() ? "no letters or digits"
                    : "'" + name + "' is over " + MAX_LENGTH + " characters") + ")");
        }
        return name;
    }
}
