package dev.praxis.mcp.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An MCP server named on the command line: {@code name=command args} (stdio; arguments split on spaces, quotes
 * group) or {@code name=http://host:port/path} (streamable HTTP). An HTTP server's bearer token is read from the
 * environment variable {@code PRAXIS_MCP_TOKEN_<NAME>} ({@code PRAXIS_MCP_TOKEN_FILES} for {@code files}), never
 * from the command line, where other users of the machine could read it.
 *
 * @param name    the server's name, the prefix of its tools' names
 * @param command the program and its arguments; empty for an HTTP server
 * @param url     the endpoint; empty for a stdio server
 */
public record McpServerSpec(String name, List<String> command, Optional<URI> url) {

    /** The prefix of the environment variable holding an HTTP server's bearer token. */
    public static final String TOKEN_VARIABLE_PREFIX = "PRAXIS_MCP_TOKEN_";

    /**
     * Checks the name and that exactly one of a command and a URL is given.
     *
     * @param name    the server's name, the prefix of its tools' names
     * @param command the program and its arguments for a stdio server; empty for an HTTP one
     * @param url     the endpoint of an HTTP server; empty for a stdio one
     */
    public McpServerSpec {
        ToolNames.server(name);
        command = List.copyOf(command);
        if (command.isEmpty() == url.isEmpty()) {
            throw new IllegalArgumentException("MCP server '" + name + "' needs either a command or a URL");
        }
    }

    /**
     * Reads {@code name=command args} or {@code name=URL}; throws with the expected form when it is neither.
     *
     * @param text the value of one {@code --mcp} option
     * @return the server it names
     */
    public static McpServerSpec parse(String text) {
        int equals = text == null ? -1 : text.indexOf('=');
        if (equals <= 0 || text.substring(equals + 1).isBlank()) {
            throw new IllegalArgumentException("--mcp expects name=command args or name=URL, got '" + text + "'");
        }
        String name = text.substring(0, equals).trim();
        String target = text.substring(equals + 1).trim();
        if (target.startsWith("http://") || target.startsWith("https://")) {
            return new McpServerSpec(name, List.of(), Optional.of(URI.create(target)));
        }
        return new McpServerSpec(name, words(target), Optional.empty());
    }

    /**
     * Connects, reading an HTTP server's token from {@code environment} ({@link #TOKEN_VARIABLE_PREFIX}).
     *
     * @param options     timeouts
     * @param environment the process environment
     * @return the connected server's tools; the caller closes it
     */
    public McpToolSource connect(McpClientOptions options, Map<String, String> environment) {
        if (url.isPresent()) {
            return McpToolSource.http(name, url.get(), environment.get(tokenVariable()), options);
        }
        return McpToolSource.stdio(name, command, options);
    }

    /**
     * The environment variable holding this server's bearer token.
     *
     * @return e.g. {@code PRAXIS_MCP_TOKEN_FILES} for a server named {@code files}
     */
    public String tokenVariable() {
        return TOKEN_VARIABLE_PREFIX + name.toUpperCase(Locale.ROOT);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote in MCP server command: " + text);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
