package dev.praxis.mcp.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.praxis.json.PraxisJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A server tool's {@code inputSchema}, twice: as the {@link JsonObjectSchema} the model sees, whose properties are
 * the server's own sub-schemas verbatim ({@link JsonRawSchema}, which the model clients send as written), and as a
 * compiled JSON schema (networknt's validator, the one the MCP SDK's Jackson 2 binding uses) that checks every call
 * before it is sent.
 *
 * <p>Praxis's own checks come first and stay as strict as for local tools: a key the schema does not name is refused
 * (with the nearest names offered) unless the schema sets {@code additionalProperties}, although JSON schema would
 * let it through and most servers silently drop it: a misspelt key would otherwise run the tool on defaults.
 */
final class InputSchema {

    // Schemas name their draft ($schema); those without one are read as 2020-12, the MCP spec's default.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final JsonObjectSchema parameters;
    private final Schema schema;

    private InputSchema(JsonObjectSchema parameters, Schema schema) {
        this.parameters = parameters;
        this.schema = schema;
    }

    /** Reads {@code raw}; throws when it is not an object schema or cannot be compiled. */
    static InputSchema of(String tool, Map<String, Object> raw) {
        JsonNode node = raw == null ? PraxisJson.mapper().createObjectNode() : PraxisJson.mapper().valueToTree(raw);
        JsonNode type = node.get("type");
        if (type != null && !"object".equals(type.asText())) {
            throw new IllegalArgumentException("the input schema of '" + tool + "' is not an object schema: " + type);
        }
        try {
            return new InputSchema(parameters(node), REGISTRY.getSchema(node));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the input schema of '" + tool + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static JsonObjectSchema parameters(JsonNode node) {
        JsonObjectSchema.Builder builder = JsonObjectSchema.builder();
        JsonNode properties = node.path("properties");
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            builder.addProperty(property.getKey(), JsonRawSchema.from(property.getValue().toString()));
        }
        List<String> required = new ArrayList<>();
        node.path("required").forEach(name -> required.add(name.asText()));
        JsonNode additional = node.get("additionalProperties");
        // true or a schema: extra keys are the server's business (the compiled schema still checks them).
        boolean open = additional != null && (additional.isObject() || additional.asBoolean(false));
        return builder.required(required).additionalProperties(open).build();
    }

    JsonObjectSchema parameters() {
        return parameters;
    }

    /** Every problem of {@code arguments}, each as {@code path: message}; empty when they are valid. */
    List<String> problems(JsonNode arguments) {
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(arguments)) {
            String path = error.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
            problems.add((path.isEmpty() ? "" : path + ": ") + error.getMessage());
        }
        return problems;
    }
}
