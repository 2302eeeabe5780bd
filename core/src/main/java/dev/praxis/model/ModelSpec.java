package dev.praxis.model;

import dev.praxis.PraxisException;

import java.util.Map;
import java.util.Objects;

/**
 * One way to name a model, shared by the library and the CLI: {@code offline}, {@code ollama/qwen2.5:7b},
 * {@code openai/Qwen/Qwen2.5-7B-Instruct} (the model part may contain {@code /}), or a preset such as
 * {@code vllm/...}, {@code llamacpp/...}, {@code lmstudio/...}, {@code dashscope/qwen-plus}.
 *
 * <pre>{@code
 * ModelSpec spec = ModelSpec.parse("ollama/qwen2.5:7b");   // preset OLLAMA, model "qwen2.5:7b"
 * }</pre>
 */
public record ModelSpec(Preset preset, String model) {

    /** The variable that names the model when none is given. */
    public static final String MODEL_ENV = "PRAXIS_MODEL";

    /**
     * Checks the preset and refuses a blank model name.
     *
     * @param preset the server kind
     * @param model the model's name on that server
     */
    public ModelSpec {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(model, "model");
        if (model.isBlank()) {
            throw new PraxisException("model spec '" + preset.prefix() + "/' names no model; expected e.g. "
                    + preset.prefix() + "/qwen2.5:7b");
        }
    }

    /**
     * The offline model.
     *
     * @return the offline spec
     */
    public static ModelSpec offline() {
        return new ModelSpec(Preset.OFFLINE, "offline");
    }

    /**
     * Parses a spec. Throws a {@link PraxisException} naming the accepted forms for anything else.
     *
     * @param spec the spec text, e.g. {@code ollama/qwen2.5:7b}
     * @return the parsed spec
     */
    public static ModelSpec parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new PraxisException("model spec is empty; expected one of: " + Preset.prefixes());
        }
        String trimmed = spec.trim();
        if (trimmed.equalsIgnoreCase("offline")) {
            return offline();
        }
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            throw new PraxisException("model spec '" + trimmed + "' has no backend prefix; expected one of: "
                    + Preset.prefixes() + " (e.g. ollama/" + trimmed + ")");
        }
        String prefix = trimmed.substring(0, slash);
        Preset preset = Preset.byPrefix(prefix).filter(p -> p != Preset.OFFLINE).orElseThrow(() ->
                new PraxisException("unknown model backend '" + prefix + "' in spec '" + trimmed
                        + "'; expected one of: " + Preset.prefixes()));
        return new ModelSpec(preset, trimmed.substring(slash + 1));
    }

    /**
     * The spec named by {@code PRAXIS_MODEL} in {@code env}, or {@link #offline()} when it is unset.
     *
     * @param env the environment variables
     * @return the spec
     */
    public static ModelSpec fromEnv(Map<String, String> env) {
        String value = env.get(MODEL_ENV);
        return value == null || value.isBlank() ? offline() : parse(value);
    }

    /** The canonical text form, which {@link #parse(String)} reads back. */
    @Override
    public String toString() {
        return preset == Preset.OFFLINE ? "offline" : preset.prefix() + "/" + model;
    }
}
