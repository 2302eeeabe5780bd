package dev.praxis.model.toolcall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a request for a server with no tool support: the tools go into the system prompt in the Hermes
 * format Qwen was trained on (the {@code # Tools} section of Qwen's chat template, see
 * shared/research/wire-and-api.md §3.1), earlier calls become {@code <tool_call>} text and tool results
 * become {@code <tool_response>} user turns, and no native tools are sent.
 */
final class HermesPrompt {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HermesPrompt() {
    }

    static ChatRequest rewrite(ChatRequest request) {
        List<ToolSpecification> tools = request.toolSpecifications();
        List<ChatMessage> messages = new ArrayList<>();
        String toolsSection = toolsSection(tools);
        boolean systemDone = false;
        StringBuilder pendingResults = new StringBuilder();
        for (ChatMessage message : request.messages()) {
            if (!(message instanceof ToolExecutionResultMessage) && !pendingResults.isEmpty()) {
                messages.add(UserMessage.from(pendingResults.toString().strip()));
                pendingResults.setLength(0);
            }
            if (message instanceof SystemMessage system && !systemDone) {
                messages.add(SystemMessage.from(system.text() + "\n\n" + toolsSection));
                systemDone = true;
            } else if (message instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                messages.add(AiMessage.from(asText(ai)));
            } else if (message instanceof ToolExecutionResultMessage result) {
                pendingResults.append("<tool_response>\n").append(result.text()).append("\n</tool_response>\n");
            } else {
                messages.add(message);
            }
        }
        if (!pendingResults.isEmpty()) {
            messages.add(UserMessage.from(pendingResults.toString().strip()));
        }
        if (!systemDone) {
            messages.add(0, SystemMessage.from(toolsSection));
        }
        ChatRequestParameters parameters = DefaultChatRequestParameters.builder()
                .overrideWith(request.parameters()).toolSpecifications(List.of()).build();
        return request.toBuilder().messages(messages).parameters(parameters).build();
    }

    static String toolsSection(List<ToolSpecification> tools) {
        StringBuilder out = new StringBuilder("# Tools\n\nYou may call one or more functions to assist with the "
                + "user query.\n\nYou are provided with function signatures within <tools></tools> XML tags:\n"
                + "<tools>\n");
        for (ToolSpecification tool : tools) {
            out.append(signature(tool)).append('\n');
        }
        return out.append("</tools>\n\nFor each function call, return a json object with function name and "
                + "arguments within <tool_call></tool_call> XML tags:\n<tool_call>\n"
                + "{\"name\": <function-name>, \"arguments\": <args-json-object>}\n</tool_call>").toString();
    }

    private static String signature(ToolSpecification tool) {
        ObjectNode function = JSON.createObjectNode();
        function.put("name", tool.name());
        if (tool.description() != null) {
            function.put("description", tool.description());
        }
        JsonNode parameters = tool.parameters() == null
                ? JSON.createObjectNode().put("type", "object").set("properties", JSON.createObjectNode())
                : JSON.valueToTree(JsonSchemaElementUtils.toMap(tool.parameters()));
        function.set("parameters", parameters);
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.put("type", "function");
        wrapper.set("function", function);
        return wrapper.toString();
    }

    private static String asText(AiMessage ai) {
        StringBuilder out = new StringBuilder(ai.text() == null ? "" : ai.text().strip() + "\n");
        for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
            ObjectNode node = JSON.createObjectNode();
            node.put("name", call.name());
            node.set("arguments", readArguments(call.arguments()));
            out.append("<tool_call>\n").append(node).append("\n</tool_call>\n");
        }
        return out.toString().strip();
    }

    private static JsonNode readArguments(String arguments) {
        try {
            return arguments == null || arguments.isBlank() ? JSON.createObjectNode() : JSON.readTree(arguments);
        } catch (IOException unreadable) {
            // a call the parser could not read (TextToolCallParser.UNREADABLE_CALL): replayed as the model wrote it
            return JSON.getNodeFactory().textNode(arguments);
        }
    }
}
