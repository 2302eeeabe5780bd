package dev.praxis.model.toolcall;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tools a request offered, as the parser needs them: their names (bare JSON counts as a call only when it
 * names one) and the JSON type of each parameter (Qwen3-Coder's XML calls carry every value as text, typed
 * from the schema).
 */
final class OfferedTools {

    /** The JSON type of a parameter, as far as the parser needs it. */
    enum Type { STRING, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY, UNKNOWN }

    private final Map<String, Map<String, Type>> tools;

    private OfferedTools(Map<String, Map<String, Type>> tools) {
        this.tools = Map.copyOf(tools);
    }

    static OfferedTools of(List<ToolSpecification> specifications) {
        Map<String, Map<String, Type>> tools = new HashMap<>();
        for (ToolSpecification tool : specifications) {
            Map<String, Type> types = new HashMap<>();
            if (tool.parameters() != null) {
                tool.parameters().properties().forEach((name, schema) -> types.put(name, typeOf(schema)));
            }
            tools.put(tool.name(), types);
        }
        return new OfferedTools(tools);
    }

    /** Tools known by name only: XML values stay text unless they read as JSON objects or arrays. */
    static OfferedTools named(Set<String> names) {
        Map<String, Map<String, Type>> tools = new HashMap<>();
        names.forEach(name -> tools.put(name, Map.of()));
        return new OfferedTools(tools);
    }

    boolean has(String name) {
        return tools.containsKey(name);
    }

    /** The name of {@code tool}'s only parameter when it has exactly one and it is a string. */
    Optional<String> soleStringParameter(String tool) {
        Map<String, Type> parameters = tools.getOrDefault(tool, Map.of());
        return parameters.size() == 1 && parameters.values().contains(Type.STRING)
                ? Optional.of(parameters.keySet().iterator().next()) : Optional.empty();
    }

    Type type(String tool, String parameter) {
        return tools.getOrDefault(tool, Map.of()).getOrDefault(parameter, Type.UNKNOWN);
    }

    private static Type typeOf(JsonSchemaElement schema) {
        if (schema instanceof JsonIntegerSchema) {
            return Type.INTEGER;
        } else if (schema instanceof JsonNumberSchema) {
            return Type.NUMBER;
        } else if (schema instanceof JsonBooleanSchema) {
            return Type.BOOLEAN;
        } else if (schema instanceof JsonObjectSchema) {
            return Type.OBJECT;
        } else if (schema instanceof JsonArraySchema) {
            return Type.ARRAY;
        } else if (schema instanceof JsonStringSchema || schema instanceof JsonEnumSchema) {
            return Type.STRING;
        }
        return Type.UNKNOWN;
    }
}
