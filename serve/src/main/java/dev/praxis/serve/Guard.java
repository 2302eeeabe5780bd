package dev.praxis.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.List;

/**
 * Who may call: the bearer key picks the user (401 without a known one), the user's token bucket allows the request
 * (429 otherwise), and a browser page may call only from its own origin or an allowed one (CORS closed by default).
 */
final class Guard {

    private final ApiKeys keys;
    private final TokenBucket buckets;
    private final List<String> allowedOrigins;

    Guard(ApiKeys keys, TokenBucket buckets, List<String> allowedOrigins) {
        this.keys = keys;
        this.buckets = buckets;
        this.allowedOrigins = allowedOrigins;
    }

    /** The caller's user id, after the rate limit. */
    String user(HttpServletRequest request, HttpServletResponse response) {
        String header = request.getHeader("Authorization");
        String user = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? keys.userFor(header.substring(7).strip()).orElse(null) : null;
        if (user == null) {
            response.setHeader("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "invalid_request_error", "invalid_api_key",
                    header == null ? "no API key: send Authorization: Bearer KEY" : "the API key is not known");
        }
        long wait = buckets.take(user);
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            throw new ApiError(429, "rate_limit_exceeded", "rate_limit_exceeded",
                    "too many requests for this key; retry after " + wait + " s");
        }
        return user;
    }

    /**
     * Lets a browser page call from the server's own origin or an allowed one; any other origin gets 403 before
     * anything runs. Requests without {@code Origin} (SDKs, curl) are not browsers' and pass.
     */
    void cors(HttpServletRequest request, HttpServletResponse response) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return;
        }
        String own = request.getScheme() + "://" + request.getHeader("Host");
        if (origin.equals(own)) {
            return;
        }
        if (!allowedOrigins.contains(origin)) {
            throw new ApiError(403, "invalid_request_error", "origin_not_allowed", "origin not allowed: " + origin);
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.setHeader("Vary", "Origin");
        response.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, " + SessionRef.HEADER);
        response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    }
}
