package dev.praxis.mcp.server;

import dev.praxis.finance.FinancePack;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Resources and resource templates read over the wire with the MCP Java SDK's own client. */
class McpResourcesTest {

    private static final String TOKEN = "resources-token-0123456789abcdef";
    private static final Map<String, String> PRODUCTS = Map.of("P1", "{\"id\":\"P1\",\"title\":\"Kettle\"}");

    private McpEndpoint endpoint;
    private McpSyncClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private PraxisMcpServer.Builder server() {
        return PraxisMcpServer.builder().tools(FinancePack.tools())
                .resource("test://products", "products", "Every product", "application/json", () -> "[\"P1\"]")
                .resourceTemplate("test://products/{id}", "product", "One product", "application/json",
                        variables -> Optional.ofNullable(PRODUCTS.get(variables.get("id"))));
    }

    private McpSyncClient connect(PraxisMcpServer server) {
        endpoint = server.serveHttp(HttpOptions.loopback(0, TOKEN));
        URI uri = endpoint.uri().orElseThrow();
        client = McpClient.sync(HttpClientStreamableHttpTransport
                        .builder("http://" + uri.getHost() + ":" + uri.getPort()).endpoint("/mcp")
                        .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + TOKEN)).build())
                .build();
        client.initialize();
        return client;
    }

    private static TextResourceContents only(McpSchema.ReadResourceResult result) {
        assertThat(result.contents()).hasSize(1);
        return (TextResourceContents) result.contents().get(0);
    }

    @Test
    void listsFixedResourcesAndTemplatesWithTheirMimeTypes() {
        McpSyncClient client = connect(server().build());
        assertThat(client.getServerCapabilities().resources()).isNotNull();
        assertThat(client.listResources().resources()).singleElement()
                .satisfies(r -> assertThat(r.uri()).isEqualTo("test://products"))
                .satisfies(r -> assertThat(r.mimeType()).isEqualTo("application/json"));
        assertThat(client.listResourceTemplates().resourceTemplates()).singleElement()
                .satisfies(t -> assertThat(t.uriTemplate()).isEqualTo("test://products/{id}"))
                .satisfies(t -> assertThat(t.name()).isEqualTo("product"));
    }

    @Test
    void readsAFixedResourceAndATemplatedOneByItsVariable() {
        McpSyncClient client = connect(server().build());
        assertThat(only(client.readResource(ReadResourceRequest.builder("test://products").build())).text()).isEqualTo("[\"P1\"]");
        TextResourceContents product = only(client.readResource(ReadResourceRequest.builder("test://products/P1").build()));
        assertThat(product.text()).isEqualTo(PRODUCTS.get("P1"));
        assertThat(product.uri()).isEqualTo("test://products/P1");
        assertThat(product.mimeType()).isEqualTo("application/json");
    }

    @Test
    void answersAnUnknownIdWithResourceNotFoundNamingTheUri() {
        McpSyncClient client = connect(server().build());
        assertThatThrownBy(() -> client.readResource(ReadResourceRequest.builder("test://products/P404").build()))
                .isInstanceOfSatisfying(McpError.class, e -> {
                    assertThat(e.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND);
                    assertThat(e.getMessage()).contains("Resource not found: test://products/P404");
                });
    }

    @Test
    void answersAReaderFailureWithAnErrorCarryingItsMessage() {
        McpSyncClient client = connect(PraxisMcpServer.builder().tools(FinancePack.tools())
                .resource("test://broken", "broken", "Fails", "text/plain", () -> {
                    throw new IllegalStateException("catalogue store is closed");
                }).build());
        assertThatThrownBy(() -> client.readResource(ReadResourceRequest.builder("test://broken").build()))
                .isInstanceOf(McpError.class).hasMessageContaining("reading test://broken failed: catalogue store is closed");
    }

    @Test
    void advertisesNoResourcesWhenNoneAreServed() {
        assertThat(connect(PraxisMcpServer.builder().tools(FinancePack.tools()).build())
                .getServerCapabilities().resources()).isNull();
    }

    @Test
    void refusesAResourceWithoutSchemeATemplateWithoutVariablesAndADuplicate() {
        assertThatThrownBy(() -> PraxisMcpServer.builder().resource("products", "p", "d", "text/plain", () -> ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no scheme");
        assertThatThrownBy(() -> PraxisMcpServer.builder().resourceTemplate("test://p", "p", "d", "text/plain",
                v -> Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no {variable}");
        assertThatThrownBy(() -> server().resource("test://products", "again", "d", "text/plain", () -> ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("served twice");
    }
}
