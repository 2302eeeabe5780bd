package dev.praxis.mcp.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.json.PraxisJson;
import dev.praxis.tool.ToolException;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import java.util.ArrayList;
import java.util.List;

/**
 * A server's {@code tools/call} result as Praxis tool data: {@code {"content": [...], "structured_content": ...}}.
 * Text stays a JSON string and structured content a JSON value, so the model reads what a server returned as data,
 * never as instructions in its prompt. Images and audio are described (type, MIME type, size) rather than pasted
 * in as base64. A result with {@code isError} becomes a {@link ToolException} carrying the server's text.
 */
final class CallResults {

    private CallResults() {
    }

    static JsonNode data(String tool, CallToolResult result) {
        if (Boolean.TRUE.equals(result.isError())) {
            List<String> texts = new ArrayList<>();
            for (McpSchema.Content content : contents(result)) {
                if (content instanceof McpSchema.TextContent text) {
                    texts.add(text.text());
                }
            }
            throw new ToolException(tool + " failed on the MCP server: "
                    + (texts.isEmpty() ? "(no message)" : String.join("\n", texts)));
        }
        ObjectNode data = PraxisJson.mapper().createObjectNode();
        ArrayNode content = data.putArray("content");
        contents(result).forEach(item -> content.add(content(item)));
        if (result.structuredContent() != null) {
            data.set("structured_content", PraxisJson.mapper().valueToTree(result.structuredContent()));
        }
        return data;
    }

    private static List<McpSchema.Content> contents(CallToolResult result) {
        return result.content() == null ? List.of() : result.content();
    }

    private static ObjectNode content(McpSchema.Content item) {
        ObjectNode node = PraxisJson.mapper().createObjectNode();
        if (item instanceof McpSchema.TextContent text) {
            node.put("type", "text").put("text", text.text());
        } else if (item instanceof McpSchema.ImageContent image) {
            node.put("type", "image").put("mime_type", image.mimeType()).put("base64_chars", length(image.data()));
        } else if (item instanceof McpSchema.AudioContent audio) {
            node.put("type", "audio").put("mime_type", audio.mimeType()).put("base64_chars", length(audio.data()));
        } else if (item instanceof McpSchema.ResourceLink link) {
            node.put("type", "resource_link").put("uri", link.uri()).put("name", link.name());
        } else if (item instanceof McpSchema.EmbeddedResource embedded) {
            node.put("type", "resource").put("uri", embedded.resource().uri())
                    .put("mime_type", embedded.resource().mimeType());
            if (embedded.resource() instanceof McpSchema.TextResourceContents text) {
                node.put("text", text.text());
            }
        } else {
            node.put("type", item.type());
        }
        return node;
    }

    private static int length(String data) {
        return data == null ? 0 : data.length();
    }
}
