package dev.praxis.model.cassette;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.praxis.PraxisException;
import dev.praxis.internal.text.Redaction;

import java.util.List;

/**
 * The cassette's JSON form of a request and a response. Messages use LangChain4j's own
 * {@link ChatMessageSerializer} format, so a response is read back exactly; tool parameters use LangChain4j's JSON
 * schema rendering. Everything written goes through {@link Redaction}: secret-looking strings and the values of
 * secret-named fields become {@code ***}. The same masking is applied to a live request before it is compared, so a
 * request that carried a secret still matches its masked recording.
 */
final class InteractionJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> secrets;

    InteractionJson(List<String> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    /** The masked request: messages, tools, then the parameters that are set. */
    JsonNode request(ChatRequest request) {
        ObjectNode out = JSON.createObjectNode();
        out.set("messages", dev.praxis.json.PraxisJson.parse(ChatMessageSerializer.messagesToJson(request.messages())));
        List<ToolSpecification> tools = request.toolSpecifications();
        if (tools != null && !tools.isEmpty()) {
            ArrayNode list = out.putArray("tools");
            for (ToolSpecification tool : tools) {
                ObjectNode spec = list.addObject();
                spec.put("name", tool.name());
                if (tool.description() != null) {
                    spec.put("description", tool.description());
                }
                if (tool.parameters() != null) {
                    spec.set("parameters", JSON.valueToTree(JsonSchemaElementUtils.toMap(tool.parameters())));
                }
            }
        }
        ObjectNode parameters = parameters(request.parameters());
        if (!parameters.isEmpty()) {
            out.set("parameters", parameters);
        }
        return mask(out);
    }

    /** The masked response. */
    JsonNode response(ChatResponse response) {
        ObjectNode out = JSON.createObjectNode();
        out.set("message", dev.praxis.json.PraxisJson.parse(ChatMessageSerializer.messageToJson(response.aiMessage())));
        if (response.finishReason() != null) {
            out.put("finishReason", response.finishReason().name());
        }
        TokenUsage usage = response.tokenUsage();
        if (usage != null) {
            ObjectNode tokens = out.putObject("tokenUsage");
            putIfSet(tokens, "input", usage.inputTokenCount());
            putIfSet(tokens, "output", usage.outputTokenCount());
            putIfSet(tokens, "total", usage.totalTokenCount());
        }
        if (response.modelName() != null) {
            out.put("modelName", response.modelName());
        }
        return mask(out);
    }

    /** The response a recorded {@code json} describes. */
    static ChatResponse readResponse(JsonNode json, String file) {
        JsonNode message = json.path("message");
        if (!message.isObject() || !"AI".equals(message.path("type").asText())) {
            throw new PraxisException("cassette " + file + " has no response.message of type AI");
        }
        ChatResponse.Builder builder = ChatResponse.builder()
                .aiMessage((AiMessage) ChatMessageDeserializer.messageFromJson(message.toString()));
        if (json.hasNonNull("finishReason")) {
            builder.finishReason(FinishReason.valueOf(json.get("finishReason").asText()));
        }
        JsonNode tokens = json.path("tokenUsage");
        if (tokens.isObject()) {
            builder.tokenUsage(new TokenUsage(intOrNull(tokens, "input"), intOrNull(tokens, "output"),
                    intOrNull(tokens, "total")));
        }
        if (json.hasNonNull("modelName")) {
            builder.modelName(json.get("modelName").asText());
        }
        return builder.build();
    }

    private JsonNode mask(JsonNode json) {
        return Redaction.redact(json, secrets);
    }

    private static ObjectNode parameters(ChatRequestParameters p) {
        ObjectNode out = JSON.createObjectNode();
        if (p == null) {
            return out;
        }
        if (p.modelName() != null) {
            out.put("modelName", p.modelName());
        }
        if (p.temperature() != null) {
            out.put("temperature", p.temperature());
        }
        if (p.topP() != null) {
            out.put("topP", p.topP());
        }
        putIfSet(out, "topK", p.topK());
        putIfSet(out, "maxOutputTokens", p.maxOutputTokens());
        if (p.stopSequences() != null && !p.stopSequences().isEmpty()) {
            out.set("stopSequences", JSON.valueToTree(p.stopSequences()));
        }
        if (p.toolChoice() != null) {
            out.put("toolChoice", p.toolChoice().name());
        }
        if (p.responseFormat() != null) {
            out.put("responseFormat", p.responseFormat().type().name());
        }
        return out;
    }

    private static void putIfSet(ObjectNode node, String name, Integer value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static Integer intOrNull(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).asInt() : null;
    }
}
