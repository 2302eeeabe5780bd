package dev.praxis.agent;

import dev.praxis.internal.json.SharedJson;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.praxis.json.PraxisJson;
import dev.praxis.tool.Tools;
import dev.praxis.tool.TypeSchema;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What shape the final answer must have: free text, or one JSON object matching a record's schema. The schema
 * goes to the server as a response format when it supports one, and always into the instructions, since many
 * open-model servers ignore response formats.
 */
final class OutputFormat {

    private static final Pattern FENCE = Pattern.compile("```(?:json)?\\s*(\\{.*})\\s*```", Pattern.DOTALL);
    private static final Pattern THINK = Pattern.compile("<think>.*?</think>", Pattern.DOTALL);
    private static final OutputFormat TEXT = new OutputFormat(null);

    private final TypeSchema schema;

    private OutputFormat(TypeSchema schema) {
        this.schema = schema;
    }

    static OutputFormat text() {
        return TEXT;
    }

    static OutputFormat json(Class<?> type) {
        return new OutputFormat(Tools.schemaOf(type));
    }

    ResponseFormat responseFormat(ChatModel model) {
        if (schema == null || !model.supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA)) {
            return null;
        }
        return ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(JsonSchema.builder()
                .name(schema.type().getSimpleName()).rootElement(schema.schema()).build()).build();
    }

    /** Text for the system prompt, empty for free text. */
    String instructions() {
        if (schema == null) {
            return "";
        }
        return "Reply with only one JSON object, no other text, matching this JSON schema: "
                + PraxisJson.write(JsonSchemaElementUtils.toMap(schema.schema()));
    }

    /** Why {@code answer} does not conform, or empty when it does. */
    Optional<String> problem(String answer) {
        if (schema == null) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = PraxisJson.parse(jsonPart(answer));
        } catch (IllegalArgumentException e) {
            return Optional.of("it is not JSON (" + e.getMessage() + ")");
        }
        List<String> problems = schema.validate(node);
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    <T> T read(String answer, Class<T> type) {
        JsonNode node = PraxisJson.parse(jsonPart(answer));
        return SharedJson.mapper().convertValue(schema == null ? node : schema.canonical(node), type);
    }

    private static String jsonPart(String answer) {
        String text = THINK.matcher(answer).replaceAll("").trim();
        Matcher fenced = FENCE.matcher(text);
        return fenced.find() ? fenced.group(1) : text;
    }
}
