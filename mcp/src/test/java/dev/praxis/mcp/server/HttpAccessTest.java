package dev.praxis.mcp.server;

import dev.praxis.finance.FinancePack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streamable HTTP transport's front door, spoken to with the JDK's own HTTP client. */
class HttpAccessTest {

    static final String TOKEN = "test-token-0123456789abcdef";
    static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
             "capabilities":{},"clientInfo":{"name":"jdk-http","version":"1"}}}""";

    static McpEndpoint endpoint;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        endpoint = PraxisMcpServer.builder().tools(FinancePack.tools()).build()
                .serveHttp(new HttpOptions("127.0.0.1", 0, TOKEN, List.of("http://localhost:6274")));
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    private static HttpResponse<String> post(String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.uri().orElseThrow())
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnLoopbackAtMcpPath() {
        URI uri = endpoint.uri().orElseThrow();
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        assertThat(uri.getPath()).isEqualTo("/mcp");
    }

    @Test
    void refusesRequestWithoutBearerToken() throws Exception {
        HttpResponse<String> response = post();
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.body()).contains("missing bearer token");
    }

    @Test
    void refusesWrongBearerToken() throws Exception {
        HttpResponse<String> response = post("Authorization", "Bearer " + TOKEN + "x");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("wrong bearer token");
    }

    @Test
    void refusesOriginNotAllowedEvenWithTheRightToken() throws Exception {
        HttpResponse<String> response = post("Authorization", "Bearer " + TOKEN, "Origin", "http://evil.example");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("origin not allowed: http://evil.example");
    }

    @Test
    void acceptsInitializeWithTokenAndAllowedOrigin() throws Exception {
        HttpResponse<String> response = post("Authorization", "Bearer " + TOKEN, "Origin", "http://localhost:6274");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Mcp-Session-Id")).isPresent();
        assertThat(response.body()).contains("\"serverInfo\"").contains("\"praxis\"");
    }

    @Test
    void acceptsInitializeWithTokenAndNoOrigin() throws Exception {
        assertThat(post("Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesShortTokenAtConstruction() {
        assertThatThrownBy(() -> HttpOptions.loopback(0, "short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16 characters");
    }
}
