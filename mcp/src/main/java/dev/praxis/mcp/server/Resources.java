package dev.praxis.mcp.server;

import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.util.DefaultMcpUriTemplateManager;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The resources a server serves (MCP spec, server/resources): fixed URIs read by a supplier, and URI templates
 * ({@code praxis://catalog/products/{id}}, RFC 6570 level 1) read by a function of the template's variables. A read
 * that finds nothing is the spec's "resource not found" error ({@code -32002}) naming the URI; a reader that throws
 * is an internal error with its message, never a stack trace sent to the client.
 */
final class Resources {

    private final List<SyncResourceSpecification> fixed = new ArrayList<>();
    private final List<SyncResourceTemplateSpecification> templates = new ArrayList<>();
    private final Set<String> uris = new HashSet<>();

    boolean isEmpty() {
        return fixed.isEmpty() && templates.isEmpty();
    }

    List<SyncResourceSpecification> fixed() {
        return List.copyOf(fixed);
    }

    List<SyncResourceTemplateSpecification> templates() {
        return List.copyOf(templates);
    }

    void add(String uri, String name, String description, String mimeType, Supplier<String> reader) {
        check(uri, name, mimeType);
        if (new DefaultMcpUriTemplateManager(uri).isUriTemplate(uri)) {
            throw new IllegalArgumentException("resource URI '" + uri + "' has {variables}: use resourceTemplate");
        }
        McpSchema.Resource resource = McpSchema.Resource.builder(uri, name).description(description)
                .mimeType(mimeType).build();
        fixed.add(new SyncResourceSpecification(resource, (exchange, request) ->
                read(request.uri(), mimeType, () -> Optional.of(reader.get()))));
    }

    void addTemplate(String uriTemplate, String name, String description, String mimeType,
                     Function<Map<String, String>, Optional<String>> reader) {
        check(uriTemplate, name, mimeType);
        DefaultMcpUriTemplateManager template = new DefaultMcpUriTemplateManager(uriTemplate);
        if (!template.isUriTemplate(uriTemplate)) {
            throw new IllegalArgumentException("resource template '" + uriTemplate + "' has no {variable}: use resource");
        }
        McpSchema.ResourceTemplate spec = McpSchema.ResourceTemplate.builder(uriTemplate, name)
                .description(description).mimeType(mimeType).build();
        templates.add(new SyncResourceTemplateSpecification(spec, (exchange, request) -> read(request.uri(), mimeType,
                () -> reader.apply(template.extractVariableValues(request.uri())))));
    }

    private void check(String uri, String name, String mimeType) {
        require(uri, "uri");
        require(name, "name");
        require(mimeType, "mimeType");
        try {
            // The template's braces are not URI characters; checked with a sample value in their place.
            if (new URI(uri.replaceAll("\\{[^}]*}", "x")).getScheme() == null) {
                throw new IllegalArgumentException("resource URI '" + uri + "' has no scheme, e.g. praxis://...");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("resource URI '" + uri + "' is not a URI: " + e.getMessage(), e);
        }
        if (!uris.add(uri)) {
            throw new IllegalArgumentException("resource URI '" + uri + "' is served twice");
        }
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a resource needs a " + what + "; got '" + value + "'");
        }
    }

    private static ReadResourceResult read(String uri, String mimeType, Supplier<Optional<String>> reader) {
        Optional<String> text;
        try {
            text = reader.get();
        } catch (RuntimeException e) {
            throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
                    .message("reading " + uri + " failed: " + e.getMessage()).data(Map.of("uri", uri)).build();
        }
        return text.map(body -> ReadResourceResult.builder(List.of(TextResourceContents.builder(uri, body)
                        .mimeType(mimeType).build())).build())
                .orElseThrow(() -> McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND)
                        .message("Resource not found: " + uri).data(Map.of("uri", uri)).build());
    }
}
