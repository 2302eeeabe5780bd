package dev.praxis.fault;

import dev.praxis.testing.OllamaResponses;
import dev.praxis.testing.OpenAiResponses;
import mockwebserver3.MockWebServer;

/** The two wire formats a misbehaving server speaks: OpenAI Chat Completions (SSE) and Ollama /api/chat (NDJSON). */
enum Wire {
    OPENAI {
        @Override
        String spec() {
            return "openai/qwen2.5:7b";
        }

        @Override
        String baseUrl(MockWebServer server) {
            return server.url("/v1").toString();
        }

        @Override
        String toolCall(String id, String name, String arguments) {
            return OpenAiResponses.toolCalls(OpenAiResponses.call(id, name, arguments));
        }

        @Override
        String answer(String text) {
            return OpenAiResponses.answer(text);
        }

        @Override
        String errorBody(String message) {
            return OpenAiResponses.error(message, "server_error");
        }

        @Override
        String truncatedStream() {
            return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":"
                    + "[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hel\"},\"finish_reason\":null}]}\n\n"
                    + "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"cho";
        }

        @Override
        String streamContentType() {
            return "text/event-stream";
        }
    },
    OLLAMA {
        @Override
        String spec() {
            return "ollama/qwen2.5:7b";
        }

        @Override
        String baseUrl(MockWebServer server) {
            return server.url("/").toString();
        }

        @Override
        String toolCall(String id, String name, String arguments) {
            return OllamaResponses.toolCalls(OllamaResponses.call(name, arguments));
        }

        @Override
        String answer(String text) {
            return OllamaResponses.answer(text);
        }

        @Override
        String errorBody(String message) {
            return OllamaResponses.error(message);
        }

        @Override
        String truncatedStream() {
            return "{\"model\":\"qwen2.5:7b\",\"created_at\":\"2025-01-22T11:22:42Z\",\"message\":{\"role\":\"assistant\","
                    + "\"content\":\"Hel\"},\"done\":false}\n{\"model\":\"qwen2.5:7b\",\"created_at\":\"2025-01-22T11:2";
        }

        @Override
        String streamContentType() {
            return "application/x-ndjson";
        }
    };

    abstract String spec();

    abstract String baseUrl(MockWebServer server);

    abstract String toolCall(String id, String name, String arguments);

    abstract String answer(String text);

    abstract String errorBody(String message);

    /** A stream cut off in the middle of an event, connection closed. */
    abstract String truncatedStream();

    abstract String streamContentType();
}
