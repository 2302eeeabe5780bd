package dev.praxis.tool;

import dev.praxis.internal.json.SharedJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.util.Map;

/**
 * Writes a LangChain4j schema as JSON schema with the limits Praxis keeps beside it: LangChain4j 1.11's schema
 * types have no {@code maxItems}, {@code maxLength}, {@code minimum} or {@code maximum}, so they are added here
 * by argument path, the same paths {@link ArgumentValidator} checks.
 */
final class SchemaJson {

    private final Map<String, Bounds> bounds;
    private final Map<String, Integer> sizeLimits;

    private SchemaJson(Map<String, Bounds> bounds, Map<String, Integer> sizeLimits) {
        this.bounds = bounds;
        this.sizeLimits = sizeLimits;
    }

    static ObjectNode of(JsonObjectSchema schema, Map<String, Bounds> bounds, Map<String, Integer> sizeLimits) {
        ObjectNode root = SharedJson.mapper().valueToTree(JsonSchemaElementUtils.toMap(schema));
        new SchemaJson(bounds, sizeLimits).annotate(schema, root, "");
        return root;
    }

    private void annotate(JsonSchemaElement schema, JsonNode json, String path) {
        if (!(json instanceof ObjectNode node)) {
            return;
        }
        if (schema instanceof JsonObjectSchema object) {
            if (!Boolean.TRUE.equals(object.additionalProperties())) {
                node.put("additionalProperties", false);
            }
            object.properties().forEach((name, child) ->
                    annotate(child, node.path("properties").path(name), path.isEmpty() ? name : path + "." + name));
        } else if (schema instanceof JsonArraySchema array) {
            node.put("maxItems", sizeLimits.getOrDefault(path, ToolSpec.DEFAULT_MAX_ITEMS));
            if (array.items() != null) {
                annotate(array.items(), node.path("items"), path + "[]");
            }
        } else if (schema instanceof JsonStringSchema) {
            node.put("maxLength", sizeLimits.getOrDefault(path, ToolSpec.DEFAULT_MAX_LENGTH));
        } else if (schema instanceof JsonIntegerSchema || schema instanceof JsonNumberSchema) {
            Bounds b = bounds.get(path);
            if (b != null) {
                b.min().ifPresent(min -> node.put("minimum", min));
                b.max().ifPresent(max -> node.put("maximum", max));
            }
        } else if (schema instanceof JsonAnyOfSchema any) {
            for (int i = 0; i < any.anyOf().size(); i++) {
                annotate(any.anyOf().get(i), node.path("anyOf").path(i), path);
            }
        }
    }
}
