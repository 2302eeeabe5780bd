package dev.praxis.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The prefixes a {@link ModelSpec} may start with. A preset only fills defaults (the wire format, the base
 * URL, where the key comes from); options and {@code PRAXIS_BASE_URL} / {@code PRAXIS_API_KEY} override them.
 */
public enum Preset {
    /** The deterministic offline model: no server, no network, not a language model. */
    OFFLINE("offline", Wire.OFFLINE, null, null, "the offline model"),
    /** Ollama's native {@code /api/chat} (NDJSON streaming). */
    OLLAMA("ollama", Wire.OLLAMA, "http://localhost:11434", null, "Ollama"),
    /** Any OpenAI-compatible server ({@code /chat/completions}, SSE streaming). */
    OPENAI("openai", Wire.OPENAI, "https://api.openai.com/v1", "OPENAI_API_KEY", "the OpenAI-compatible server"),
    /** vLLM's OpenAI-compatible server on its usual port. */
    VLLM("vllm", Wire.OPENAI, "http://localhost:8000/v1", null, "the vLLM server"),
    /** llama.cpp's {@code llama-server} on its usual port. */
    LLAMACPP("llamacpp", Wire.OPENAI, "http://localhost:8080/v1", null, "llama.cpp's server"),
    /** LM Studio's local server on its usual port. */
    LMSTUDIO("lmstudio", Wire.OPENAI, "http://localhost:1234/v1", null, "LM Studio"),
    /** Alibaba Cloud DashScope in OpenAI-compatible mode; key from {@code DASHSCOPE_API_KEY}. */
    DASHSCOPE("dashscope", Wire.OPENAI, "https://dashscope.aliyuncs.com/compatible-mode/v1", "DASHSCOPE_API_KEY",
            "DashScope");

    /** The wire protocol a preset speaks. */
    public enum Wire {
        /** No server: the offline model. */
        OFFLINE,
        /** Ollama's own API. */
        OLLAMA,
        /** The OpenAI chat completions API. */
        OPENAI
    }

    private final String prefix;
    private final Wire wire;
    private final String defaultBaseUrl;
    private final String apiKeyEnv;
    private final String serverName;

    Preset(String prefix, Wire wire, String defaultBaseUrl, String apiKeyEnv, String serverName) {
        this.prefix = prefix;
        this.wire = wire;
        this.defaultBaseUrl = defaultBaseUrl;
        this.apiKeyEnv = apiKeyEnv;
        this.serverName = serverName;
    }

    /**
     * The spec prefix, e.g. {@code vllm}.
     *
     * @return the prefix
     */
    public String prefix() {
        return prefix;
    }

    /**
     * The wire protocol the preset speaks.
     *
     * @return the wire protocol
     */
    public Wire wire() {
        return wire;
    }

    /**
     * The base URL used when neither the options nor {@code PRAXIS_BASE_URL} give one.
     *
     * @return the default base URL, if the preset has one
     */
    public Optional<String> defaultBaseUrl() {
        return Optional.ofNullable(defaultBaseUrl);
    }

    /**
     * The preset's own key variable (after {@code PRAXIS_API_KEY}), e.g. {@code DASHSCOPE_API_KEY}.
     *
     * @return the variable's name, if the preset has one
     */
    public Optional<String> apiKeyEnv() {
        return Optional.ofNullable(apiKeyEnv);
    }

    /**
     * How error messages name the server, e.g. "Ollama".
     *
     * @return the server's name
     */
    public String serverName() {
        return serverName;
    }

    static Optional<Preset> byPrefix(String prefix) {
        return Arrays.stream(values()).filter(p -> p.prefix.equalsIgnoreCase(prefix)).findFirst();
    }

    static String prefixes() {
        return Arrays.stream(values()).map(p -> p == OFFLINE ? p.prefix : p.prefix + "/<model>")
                .collect(Collectors.joining(", "));
    }
}
