package dev.praxis.model;

import dev.praxis.PraxisException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelSpecTest {

    @Test
    void parsesOllamaSpecWithTag() {
        ModelSpec spec = ModelSpec.parse("ollama/qwen2.5:7b");
        assertThat(spec.preset()).isEqualTo(Preset.OLLAMA);
        assertThat(spec.model()).isEqualTo("qwen2.5:7b");
        assertThat(spec).hasToString("ollama/qwen2.5:7b");
    }

    @Test
    void keepsSlashesInTheModelPart() {
        ModelSpec spec = ModelSpec.parse("openai/Qwen/Qwen2.5-7B-Instruct");
        assertThat(spec.preset()).isEqualTo(Preset.OPENAI);
        assertThat(spec.model()).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
        assertThat(ModelSpec.parse(spec.toString())).isEqualTo(spec);
    }

    @Test
    void parsesOfflineAndPresets() {
        assertThat(ModelSpec.parse("offline").preset()).isEqualTo(Preset.OFFLINE);
        assertThat(ModelSpec.parse("vllm/x").preset().defaultBaseUrl()).contains("http://localhost:8000/v1");
        assertThat(ModelSpec.parse("llamacpp/x").preset().defaultBaseUrl()).contains("http://localhost:8080/v1");
        assertThat(ModelSpec.parse("lmstudio/x").preset().defaultBaseUrl()).contains("http://localhost:1234/v1");
        assertThat(ModelSpec.parse("dashscope/qwen-plus").preset().apiKeyEnv()).contains("DASHSCOPE_API_KEY");
    }

    @Test
    void rejectsUnknownBackendNamingTheChoices() {
        assertThatThrownBy(() -> ModelSpec.parse("gemini/pro")).isInstanceOf(PraxisException.class)
                .hasMessageContaining("unknown model backend 'gemini'").hasMessageContaining("ollama/<model>");
        assertThatThrownBy(() -> ModelSpec.parse("qwen2.5")).hasMessageContaining("e.g. ollama/qwen2.5");
        assertThatThrownBy(() -> ModelSpec.parse("ollama/")).hasMessageContaining("names no model");
        assertThatThrownBy(() -> ModelSpec.parse(" ")).hasMessageContaining("empty");
    }

    @Test
    void readsTheSpecFromPraxisModelOrDefaultsToOffline() {
        assertThat(ModelSpec.fromEnv(Map.of("PRAXIS_MODEL", "lmstudio/qwen3-8b")))
                .isEqualTo(ModelSpec.parse("lmstudio/qwen3-8b"));
        assertThat(ModelSpec.fromEnv(Map.of())).isEqualTo(ModelSpec.offline());
    }

    @Test
    void resolvesBaseUrlAndKeyFromOptionsThenEnvThenPreset() {
        ModelSpec dashscope = ModelSpec.parse("dashscope/qwen-plus");
        ModelOptions fromPresetEnv = ModelOptions.builder().env(Map.of("DASHSCOPE_API_KEY", "ds-key")).build();
        assertThat(fromPresetEnv.apiKey(dashscope)).contains("ds-key");
        assertThat(fromPresetEnv.baseUrl(dashscope)).contains("https://dashscope.aliyuncs.com/compatible-mode/v1");

        ModelOptions fromPraxisEnv = ModelOptions.builder().env(Map.of("DASHSCOPE_API_KEY", "ds-key",
                "PRAXIS_API_KEY", "px-key", "PRAXIS_BASE_URL", "http://gpu-box:8000/v1")).build();
        assertThat(fromPraxisEnv.apiKey(dashscope)).contains("px-key");
        assertThat(fromPraxisEnv.baseUrl(dashscope)).contains("http://gpu-box:8000/v1");

        ModelOptions explicit = ModelOptions.builder().apiKey("opt-key").baseUrl("http://h/v1")
                .env(Map.of("PRAXIS_API_KEY", "px-key")).build();
        assertThat(explicit.apiKey(dashscope)).contains("opt-key");
        assertThat(explicit.baseUrl(dashscope)).contains("http://h/v1");
    }

    @Test
    void localServersNeedNoKeyAndTheKeyNeverShowsInToString() {
        ModelOptions none = ModelOptions.builder().build();
        assertThat(none.apiKey(ModelSpec.parse("ollama/qwen2.5:7b"))).isEmpty();
        assertThat(Models.create(ModelSpec.parse("vllm/qwen"), none)).isNotNull();

        ModelOptions withKey = ModelOptions.builder().apiKey("sk-very-secret").build();
        assertThat(withKey.toString()).doesNotContain("sk-very-secret").contains("****");
    }

    @Test
    void parsesToolCallingModes() {
        assertThat(ToolCallingMode.parse("Prompted")).isEqualTo(ToolCallingMode.PROMPTED);
        assertThatThrownBy(() -> ToolCallingMode.parse("magic")).hasMessageContaining("auto, native or prompted");
    }
}
