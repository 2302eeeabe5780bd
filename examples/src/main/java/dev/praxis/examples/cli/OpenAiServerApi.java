package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.json.PraxisJson;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The OpenAI-compatible wire (vLLM, llama.cpp, LM Studio, DashScope): {@code GET /models},
 * {@code POST /chat/completions} with server-sent events when streaming, and the context length from vLLM's
 * {@code max_model_len} or llama.cpp's {@code GET /props} ({@code default_generation_settings.n_ctx}).
 */
final class OpenAiServerApi implements ServerApi {

    private final ProbeHttp http;
    private final String baseUrl;
    private final String model;

    OpenAiServerApi(ProbeHttp http, String baseUrl, String model) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.model = model;
    }

    @Override
    public String modelsPath() {
        return "/models";
    }

    @Override
    public ProbeHttp.Reply listModels(Duration timeout) throws ProbeHttp.Failure {
        return http.get(baseUrl + "/models", timeout);
    }

    @Override
    public List<String> modelIds(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("data").forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }

    @Override
    public ContextLength contextLength(JsonNode modelList, Duration timeout) {
        for (JsonNode entry : modelList.path("data")) {
            if (entry.path("id").asText().equals(model) && entry.path("max_model_len").canConvertToInt()) {
                return new ContextLength(OptionalInt.of(entry.get("max_model_len").asInt()), "max_model_len in /models");
            }
        }
        // llama.cpp serves /props at the server root, beside /v1
        String root = baseUrl.endsWith("/v1") ? baseUrl.substring(0, baseUrl.length() - 3) : baseUrl;
        try {
            ProbeHttp.Reply props = http.get(root + "/props", timeout);
            if (props.ok()) {
                JsonNode nCtx = PraxisJson.parse(props.body()).path("default_generation_settings").path("n_ctx");
                if (nCtx.canConvertToInt()) {
                    return new ContextLength(OptionalInt.of(nCtx.asInt()), "n_ctx in /props");
                }
            }
        } catch (ProbeHttp.Failure | IllegalArgumentException e) {
            // a server without /props (or with another body) simply exposes no context length
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
        body.put("temperature", 0);
        body.put("max_tokens", WeatherProbe.MAX_TOKENS);
        body.put("stream", stream);
        if (stream) {
            body.putObject("stream_options").put("include_usage", true);
        }
        return http.post(baseUrl + "/chat/completions", body.toString(), timeout);
    }

    @Override
    public ModelReply read(String body, boolean stream) {
        return stream ? readStream(body) : readWhole(PraxisJson.parse(body));
    }

    private static ModelReply readWhole(JsonNode body) {
        JsonNode message = body.path("choices").path(0).path("message");
        List<ModelReply.Call> calls = new ArrayList<>();
        for (JsonNode call : message.path("tool_calls")) {
            calls.add(new ModelReply.Call(call.path("function").path("name").asText(),
                    call.path("function").path("arguments").asText()));
        }
        return new ModelReply(calls, message.path("content").asText(""), reasoning(message),
                body.path("usage").path("prompt_tokens").canConvertToInt());
    }

    private static ModelReply readStream(String body) {
        StringBuilder content = new StringBuilder();
        StringBuilder reasoning = new StringBuilder();
        TreeMap<Integer, String[]> calls = new TreeMap<>();
        boolean usage = false;
        for (String line : body.split("\n")) {
            if (!line.startsWith("data:") || line.substring(5).trim().equals("[DONE]")) {
                continue;
            }
            JsonNode chunk = PraxisJson.parse(line.substring(5).trim());
            usage |= chunk.path("usage").path("prompt_tokens").canConvertToInt();
            JsonNode delta = chunk.path("choices").path(0).path("delta");
            content.append(delta.path("content").asText(""));
            reasoning.append(reasoning(delta));
            for (JsonNode call : delta.path("tool_calls")) {
                String[] parts = calls.computeIfAbsent(call.path("index").asInt(0), i -> new String[]{"", ""});
                parts[0] += call.path("function").path("name").asText("");
                parts[1] += call.path("function").path("arguments").asText("");
            }
        }
        List<ModelReply.Call> assembled = calls.values().stream().map(p -> new ModelReply.Call(p[0], p[1])).toList();
        return new ModelReply(assembled, content.toString(), reasoning.toString(), usage);
    }

    /** vLLM and llama.cpp use {@code reasoning_content}; newer vLLM also {@code reasoning}. */
    private static String reasoning(JsonNode message) {
        String separated = message.path("reasoning_content").asText("");
        return separated.isEmpty() ? message.path("reasoning").asText("") : separated;
    }
}
