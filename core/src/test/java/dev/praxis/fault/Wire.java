package dev.praxis.fault;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.testing.OllamaResponses;
import dev.praxis.testing.OpenAiResponses;
import mockwebserver3.MockWebServer;

import java.util.List;
import java.util.stream.IntStream;

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

        @Override
        String toolCalls(String name, List<String> arguments) {
            return OpenAiResponses.toolCalls(IntStream.range(0, arguments.size())
                    .mapToObj(i -> OpenAiResponses.call("call_" + i, name, arguments.get(i)))
                    .toArray(ObjectNode[]::new));
        }

        @Override
        String streamedToolCallsWithoutEnd(String name, List<String> arguments) {
            // OpenAI's scheme: id and name in a call's first delta, then the arguments in two fragments
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < arguments.size(); i++) {
                String json = arguments.get(i);
                int half = json.length() / 2;
                body.append(OpenAiResponses.streamedToolCalls(OpenAiResponses.delta(i, "call_" + i, name, "")))
                        .append(OpenAiResponses.streamedToolCalls(OpenAiResponses.delta(i, null, null, json.substring(0, half))))
                        .append(OpenAiResponses.streamedToolCalls(OpenAiResponses.delta(i, null, null, json.substring(half))));
            }
            return body.toString();
        }

        @Override
        String streamEnd(boolean toolCalls) {
            return OpenAiResponses.streamedFinish(toolCalls ? "tool_calls" : "stop") + OpenAiResponses.streamedEnd();
        }

        @Override
        String streamedText(String text) {
            return OpenAiResponses.streamedText(text);
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

        @Override
        String toolCalls(String name, List<String> arguments) {
            return OllamaResponses.toolCalls(arguments.stream().map(a -> OllamaResponses.call(name, a))
                    .toArray(ObjectNode[]::new));
        }

        @Override
        String streamedToolCallsWithoutEnd(String name, List<String> arguments) {
            // whole calls without function.index (Ollama before it, and parsers that leave it out): the first two
            // in one line, then one a line, as Ollama sends calls once parsed
            StringBuilder body = new StringBuilder(OllamaResponses.streamedToolCalls(
                    arguments.stream().limit(2).map(a -> OllamaResponses.call(name, a)).toArray(ObjectNode[]::new)));
            arguments.stream().skip(2).forEach(a -> body.append(OllamaResponses.streamedToolCalls(OllamaResponses.call(name, a))));
            return body.toString();
        }

        @Override
        String streamEnd(boolean toolCalls) {
            return OllamaResponses.streamedDone();
        }

        @Override
        String streamedText(String text) {
            return OllamaResponses.streamedText(text);
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

    /** A plain reply asking for one call of {@code name} per entry of {@code arguments}. */
    abstract String toolCalls(String name, List<String> arguments);

    /** A streamed reply asking for one call of {@code name} per entry of {@code arguments}, its end left out. */
    abstract String streamedToolCallsWithoutEnd(String name, List<String> arguments);

    /** What ends a complete streamed reply ({@code "done":true}; finish_reason and {@code [DONE]}). */
    abstract String streamEnd(boolean toolCalls);

    /** One piece of streamed answer text. */
    abstract String streamedText(String text);

    /** A complete streamed reply asking for the calls. */
    String streamedToolCalls(String name, List<String> arguments) {
        return streamedToolCallsWithoutEnd(name, arguments) + streamEnd(true);
    }

    /** A complete streamed answer. */
    String streamedAnswer(String text) {
        return streamedText(text) + streamEnd(false);
    }
}
