package dev.praxis.model;

import java.util.List;
import java.util.stream.Collectors;

/** Response bodies in the real wire formats (shared/research/wire-and-api.md §1.2, §1.4, §2.2, §2.4). */
final class WireBodies {

    private WireBodies() {
    }

    static String openAiText(String text) {
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1730000000,"model":"qwen2.5:7b",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17}}
                """.formatted(quote(text));
    }

    static String openAiError(String type, String message) {
        return "{\"error\":{\"message\":" + quote(message) + ",\"type\":\"" + type + "\",\"param\":null,\"code\":null}}";
    }

    static String sse(List<String> events) {
        return events.stream().map(e -> "data: " + e + "\n\n").collect(Collectors.joining()) + "data: [DONE]\n\n";
    }

    static String sseWithoutEnd(List<String> events) {
        return events.stream().map(e -> "data: " + e + "\n\n").collect(Collectors.joining());
    }

    static String chunk(String content) {
        return "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"content\":" + quote(content) + "},\"finish_reason\":null}]}";
    }

    static String finish(String reason) {
        return "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"delta\":{},\"finish_reason\":\"" + reason + "\"}]}";
    }

    static String usage(int in, int out) {
        return "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[],"
                + "\"usage\":{\"prompt_tokens\":" + in + ",\"completion_tokens\":" + out + ",\"total_tokens\":"
                + (in + out) + "}}";
    }

    static String ollamaLine(String content) {
        return "{\"model\":\"qwen2.5:7b\",\"created_at\":\"2025-01-22T11:22:42Z\",\"message\":{\"role\":\"assistant\","
                + "\"content\":" + quote(content) + "},\"done\":false}\n";
    }

    static String ollamaDone() {
        return "{\"model\":\"qwen2.5:7b\",\"created_at\":\"2025-01-22T11:22:42Z\",\"message\":{\"role\":\"assistant\","
                + "\"content\":\"\"},\"done_reason\":\"stop\",\"done\":true,\"prompt_eval_count\":36,\"eval_count\":8}\n";
    }

    static String ollamaText(String content) {
        return "{\"model\":\"qwen2.5:7b\",\"created_at\":\"2025-01-22T11:22:42Z\",\"message\":{\"role\":\"assistant\","
                + "\"content\":" + quote(content) + "},\"done_reason\":\"stop\",\"done\":true,"
                + "\"prompt_eval_count\":20,\"eval_count\":4}";
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
