package dev.praxis.testing.server;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a {@link FakeModelServer} behaves: which server it imitates, the model it serves, how tool calls come back,
 * how it refuses tools, where reasoning goes, the context length it exposes and whether it reports usage. The
 * static factories are the setups seen in the field; the refusal texts are the servers' own (vLLM's
 * {@code vllm/entrypoints/openai/serving_chat.py}, llama.cpp's {@code tools/server/utils.hpp}, Ollama's
 * "does not support tools").
 *
 * <pre>{@code
 * try (FakeModelServer server = FakeModelServer.start(FakeServerBehaviour.llamaCppWithoutJinja("qwen3-8b"))) {
 *     // point a client at server.baseUrl()
 * }
 * }</pre>
 *
 * @param kind          which server's endpoints and quirks it imitates
 * @param servedModel   the one model it serves and lists; other model names get a 404
 * @param toolReply     what a request carrying {@code tools} gets
 * @param textDialect   how calls are written when they come back as text (and when tools are only in the prompt)
 * @param refusal       the error a request carrying {@code tools} gets when {@code toolReply} is {@code REFUSED}
 * @param reasoning     where the model's reasoning goes
 * @param contextLength the context length the server exposes, if any (vLLM {@code max_model_len}, llama.cpp
 *                      {@code n_ctx}, Ollama {@code context_length})
 * @param usage         whether replies report token usage
 */
public record FakeServerBehaviour(Kind kind, String servedModel, ToolReply toolReply, TextDialect textDialect,
                                  Refusal refusal, Reasoning reasoning, OptionalInt contextLength, boolean usage) {

    /** The server being imitated. */
    public enum Kind {
        /** vLLM's OpenAI-compatible server. */
        VLLM,
        /** llama.cpp's {@code llama-server}. */
        LLAMA_CPP,
        /** Ollama's native {@code /api/chat}. */
        OLLAMA,
        /** Another OpenAI-compatible server. */
        OPENAI_COMPATIBLE
    }

    /** What a request with native {@code tools} gets. */
    public enum ToolReply {
        /** Calls in the wire's {@code tool_calls}. */
        NATIVE,
        /** Calls written as text in {@code content}, in the {@link TextDialect}: a server with no (or the wrong) parser. */
        TEXT,
        /** An HTTP error: the server refuses {@code tools}. */
        REFUSED
    }

    /** How a model writes calls as text. */
    public enum TextDialect {
        /** {@code <tool_call>{"name": ..., "arguments": {...}}</tool_call>} (Qwen2.5, Hermes, Qwen3). */
        HERMES,
        /** {@code <tool_call><function=name><parameter=p>v</parameter></function></tool_call>} (Qwen3-Coder, Qwen3.5+). */
        QWEN3_CODER_XML,
        /** A fenced {@code ```json} block holding {@code {"name": ..., "arguments": {...}}}. */
        FENCED_JSON
    }

    /** Where reasoning goes. */
    public enum Reasoning {
        /** In its own field ({@code reasoning_content}, Ollama's {@code thinking}): a reasoning parser is on. */
        SEPARATED,
        /** Inside {@code <think>...</think>} at the start of the content: no reasoning parser. */
        LEAKED,
        /** The model does not reason. */
        NONE
    }

    /** An HTTP status and body. */
    public record Refusal(int status, String body) {

        /**
         * No refusal (for servers that accept tools).
         *
         * @return a refusal that refuses nothing
         */
        public static Refusal none() {
            return new Refusal(0, "");
        }
    }

    /**
     * Checks that every component is present.
     *
     * @param kind which server's endpoints and quirks it imitates
     * @param servedModel the one model it serves and lists; other model names get a 404
     * @param toolReply what a request carrying {@code tools} gets
     * @param textDialect how calls are written when they come back as text (and when tools are only in the prompt)
     * @param refusal the error a request carrying {@code tools} gets when {@code toolReply} is {@code REFUSED}
     * @param reasoning where the model's reasoning goes
     * @param contextLength the context length the server exposes, if any (vLLM {@code max_model_len}, llama.cpp
     * @param usage whether replies report token usage
     */
    public FakeServerBehaviour {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(servedModel, "servedModel");
        Objects.requireNonNull(toolReply, "toolReply");
        Objects.requireNonNull(textDialect, "textDialect");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(reasoning, "reasoning");
        Objects.requireNonNull(contextLength, "contextLength");
        if (toolReply == ToolReply.REFUSED && refusal.status() < 400) {
            throw new IllegalArgumentException("a server that refuses tools needs an error status, got " + refusal);
        }
    }

    /**
     * vLLM with {@code --enable-auto-tool-choice --tool-call-parser hermes --reasoning-parser qwen3}.
     *
     * @param model the served model's name
     * @return the behaviour
     */
    public static FakeServerBehaviour vllmWithToolParser(String model) {
        return new FakeServerBehaviour(Kind.VLLM, model, ToolReply.NATIVE, TextDialect.HERMES, Refusal.none(),
                Reasoning.SEPARATED, OptionalInt.of(32768), true);
    }

    /**
     * vLLM started without {@code --enable-auto-tool-choice}/{@code --tool-call-parser} or {@code --reasoning-parser}:
     * tools are refused with HTTP 400, reasoning stays in the content, and a model prompted with tools writes
     * calls in {@code dialect}.
     *
     * @param model the served model's name
     * @param dialect how the model writes calls as text
     * @return the behaviour
     */
    public static FakeServerBehaviour vllmWithoutToolParser(String model, TextDialect dialect) {
        return new FakeServerBehaviour(Kind.VLLM, model, ToolReply.REFUSED, dialect, new Refusal(400,
                "{\"object\":\"error\",\"message\":\"\\\"auto\\\" tool choice requires --enable-auto-tool-choice and"
                        + " --tool-call-parser to be set\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}"),
                Reasoning.LEAKED, OptionalInt.of(32768), true);
    }

    /**
     * vLLM with {@code --tool-call-parser hermes} serving a Qwen3-Coder model: the parser cannot read
     * {@code <function=...>} calls, so they arrive as text in {@code content}.
     *
     * @param model the served model's name
     * @return the behaviour
     */
    public static FakeServerBehaviour vllmWithHermesParserOnQwen3Coder(String model) {
        return new FakeServerBehaviour(Kind.VLLM, model, ToolReply.TEXT, TextDialect.QWEN3_CODER_XML, Refusal.none(),
                Reasoning.NONE, OptionalInt.of(262144), true);
    }

    /**
     * llama.cpp's {@code llama-server --jinja}: native calls, reasoning in {@code reasoning_content}.
     *
     * @param model the served model's name
     * @return the behaviour
     */
    public static FakeServerBehaviour llamaCppWithJinja(String model) {
        return new FakeServerBehaviour(Kind.LLAMA_CPP, model, ToolReply.NATIVE, TextDialect.HERMES, Refusal.none(),
                Reasoning.SEPARATED, OptionalInt.of(8192), true);
    }

    /**
     * {@code llama-server} without {@code --jinja}: tools are refused ("tools param requires --jinja flag", HTTP 500
     * in current builds), and reasoning stays in the content.
     *
     * @param model the served model's name
     * @return the behaviour
     */
    public static FakeServerBehaviour llamaCppWithoutJinja(String model) {
        return new FakeServerBehaviour(Kind.LLAMA_CPP, model, ToolReply.REFUSED, TextDialect.HERMES, new Refusal(500,
                "{\"error\":{\"code\":500,\"message\":\"tools param requires --jinja flag\",\"type\":\"server_error\"}}"),
                Reasoning.LEAKED, OptionalInt.of(8192), true);
    }

    /**
     * Ollama with a tool-capable model: native {@code /api/chat} calls, reasoning in {@code thinking}.
     *
     * @param model the served model's name
     * @return the behaviour
     */
    public static FakeServerBehaviour ollama(String model) {
        return new FakeServerBehaviour(Kind.OLLAMA, model, ToolReply.NATIVE, TextDialect.HERMES, Refusal.none(),
                Reasoning.SEPARATED, OptionalInt.of(40960), true);
    }

    /**
     * An OpenAI-compatible server that refuses {@code tools} with HTTP 400 "tools not supported", no usage.
     *
     * @param model the served model's name
     * @return the behaviour
     */
    public static FakeServerBehaviour refusingTools(String model) {
        return new FakeServerBehaviour(Kind.OPENAI_COMPATIBLE, model, ToolReply.REFUSED, TextDialect.HERMES,
                new Refusal(400, "{\"error\":{\"message\":\"tools not supported\",\"type\":\"invalid_request_error\"}}"),
                Reasoning.NONE, OptionalInt.empty(), false);
    }
}
