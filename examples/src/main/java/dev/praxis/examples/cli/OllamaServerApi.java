package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.json.PraxisJson;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Ollama's native API: {@code GET /api/tags}, {@code POST /api/show} (the context length is
 * {@code model_info.<architecture>.context_length}) and {@code POST /api/chat}, NDJSON when streaming.
 */
final class OllamaServerApi implements ServerApi {

    private final ProbeHttp http;
    private final String baseUrl;
    private final String model;

    OllamaServerApi(ProbeHttp http, String baseUrl, String model) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.model = model;
    }

    @Override
    public String modelsPath() {
        return "/api/tags";
    }

    @Override
    public ProbeHttp.Reply listModels(Duration timeout) throws ProbeHttp.Failure {
        return http.get(baseUrl + "/api/tags", timeout);
    }

    @Override
    public List<String> modelIds(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("models").forEach(m -> ids.add(m.path("name").asText()));
        return ids;
    }

    @Override
    public ContextLength contextLength(JsonNode modelList, Duration timeout) {
        try {
            ProbeHttp.Reply show = http.post(baseUrl + "/api/show", "{\"model\":" + PraxisJson.write(model) + "}", timeout);
            if (show.ok()) {
                for (Map.Entry<String, JsonNode> field : PraxisJson.parse(show.body()).path("model_info").properties()) {
                    if (field.getKey().endsWith(".context_length") && field.getValue().canConvertToInt()) {
                        return new ContextLength(OptionalInt.of(field.getValue().asInt()),
                                field.getKey() + " in /api/show (the model's maximum; Ollama's num_ctx may be lower)");
                    }
                }
            }
        } catch (ProbeHttp.Failure | IllegalArgumentException e) {
            // an older Ollama without model_info exposes no context length
        }
        return ContextLength.none();
    }

    @Override
    public ProbeHttp.Reply chat(String system, String user, boolean tools, boolean stream, Duration timeout)
            throws ProbeHttp.Failure {
        ObjectNode body = PraxisJson.mapper().createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        if (system != null) {
            messages.addObject().put("role", "system").put("content", system);
        }
        messages.addObject().put("role", "user").put("content", user);
        if (tools) {
            ObjectNode function = body.putArray("tools").addObject().put("type", "function").putObject("function");
            function.put("name", WeatherProbe.TOOL).put("description", WeatherProbe.DESCRIPTION);
            function.set("parameters", PraxisJson.parse(WeatherProbe.PARAMETERS));
        }
        body.put("stream", stream);
        body.putObject("options").put("temperature", 0).put("num_predict", WeatherProbe.MAX_TOKENS);
        return http.post(baseUrl + "/api/chat", body.toString(), timeout);
    }

    @Override
    public ModelReply read(String body, boolean stream) {
        StringBuilder content = new StringBuilder();
        StringBuilder reasoning = new StringBuilder();
        List<ModelReply.Call> calls = new ArrayList<>();
        boolean usage = false;
        for (String line : stream ? body.split("\n") : new String[]{body}) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode chunk = PraxisJson.parse(line);
            JsonNode message = chunk.path("message");
            content.append(message.path("content").asText(""));
            reasoning.append(message.path("thinking").asText(""));
            for (JsonNode call : message.path("tool_calls")) {
                calls.add(new ModelReply.Call(call.path("function").path("name").asText(),
                        call.path("function").path("arguments").toString()));
            }
            usage |= chunk.path("prompt_eval_count").canConvertToInt();
        }
        return new ModelReply(calls, content.toString(), reasoning.toString(), usage);
    }
}
