package dev.praxis.mcp.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * In front of the MCP servlet: a request whose {@code Origin} is not allowed gets 403 (the MCP spec's
 * streamable HTTP transport says servers must validate {@code Origin} against DNS rebinding, where a web page
 * reaches a loopback server through a name it controls), one without the right bearer token gets 401.
 */
final class AccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final byte[] expected;
    private final List<String> allowedOrigins;

    AccessFilter(String token, List<String> allowedOrigins) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.allowedOrigins = List.copyOf(allowedOrigins);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin != null && !allowedOrigins.contains(origin)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "origin not allowed: " + origin);
            return;
        }
        String authorization = request.getHeader("Authorization");
        // Constant-time comparison: the time taken must not tell how much of a guess was right.
        if (authorization == null || !MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))) {
            response.setHeader("WWW-Authenticate", "Bearer");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                    authorization == null ? "missing bearer token" : "wrong bearer token");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        com.fasterxml.jackson.databind.node.ObjectNode body = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode().put("error", message);
        response.getWriter().write(body.toString());
    }
}
