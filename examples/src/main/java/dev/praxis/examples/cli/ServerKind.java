package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.model.Preset;

import java.util.Locale;

/** Which server software answers, so the doctor can name its flags. */
enum ServerKind {
    VLLM("vllm", "vLLM"), LLAMA_CPP("llamacpp", "llama.cpp"), OLLAMA("ollama", "Ollama"),
    OTHER("openai-compatible", "OpenAI-compatible server");

    private final String id;
    private final String displayName;

    ServerKind(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    String id() {
        return id;
    }

    String displayName() {
        return displayName;
    }

    /**
     * From the preset, else from the model list's {@code owned_by} (vLLM writes {@code vllm}, llama.cpp
     * {@code llamacpp}), else from an error that names a server's flag.
     */
    static ServerKind detect(Preset preset, JsonNode modelList, String errorText) {
        switch (preset) {
            case VLLM:
                return VLLM;
            case LLAMACPP:
                return LLAMA_CPP;
            case OLLAMA:
                return OLLAMA;
            default:
                break;
        }
        String owner = modelList.path("data").path(0).path("owned_by").asText("").toLowerCase(Locale.ROOT);
        if (owner.equals("vllm") || errorText.contains("--enable-auto-tool-choice")) {
            return VLLM;
        }
        if (owner.equals("llamacpp") || errorText.contains("--jinja")) {
            return LLAMA_CPP;
        }
        return OTHER;
    }
}
