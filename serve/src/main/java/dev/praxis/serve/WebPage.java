package dev.praxis.serve;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chat page at {@code /} and its files under {@code /web/}, read once from the jar. Only the files named here
 * are served (no paths from the request reach the class loader), each with its content type and a Content-Security-
 * Policy that lets the page load nothing but the server's own files and call nothing but the server's own API.
 */
final class WebPage {

    /** Nothing inline, nothing from elsewhere; the page's script builds its SVG with DOM calls. */
    static final String CSP = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
            + "object-src 'none'";

    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "chart.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    private final Map<String, byte[]> files;

    WebPage() {
        this.files = TYPES.keySet().stream().collect(Collectors.toUnmodifiableMap(Function.identity(), WebPage::read));
    }

    /** Writes the file for {@code path} ({@code /} is the page) and says whether there was one. */
    boolean serve(String path, HttpServletResponse response) throws IOException {
        Optional<String> name = name(path);
        if (name.isEmpty()) {
            return false;
        }
        byte[] body = files.get(name.get());
        response.setStatus(200);
        response.setContentType(TYPES.get(name.get()));
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return true;
    }

    private static Optional<String> name(String path) {
        if (path.equals("/")) {
            return Optional.of("index.html");
        }
        String name = path.startsWith("/web/") ? path.substring("/web/".length()) : "";
        return TYPES.containsKey(name) ? Optional.of(name) : Optional.empty();
    }

    private static byte[] read(String name) {
        try (InputStream in = WebPage.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the page's file web/" + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
