/**
 * Model backends. {@link dev.praxis.model.ModelSpec} names a model ({@code offline}, {@code ollama/qwen2.5:7b},
 * {@code openai/...}, presets {@code vllm/}, {@code llamacpp/}, {@code lmstudio/}, {@code dashscope/});
 * {@link dev.praxis.model.ModelOptions} says how to reach it; {@link dev.praxis.model.Models#create} builds it
 * as a {@link dev.praxis.model.TokenStreamingModel}: LangChain4j's OpenAI-compatible or Ollama clients behind
 * Praxis's HTTP client (Apache HttpClient 5 on a per-model {@code ModelTransport}, bounded by
 * {@link dev.praxis.model.HttpLimits}; Retry-After kept, in-band stream errors and truncated streams turned into
 * errors),
 * wrapped for tool calls that arrive as text ({@link dev.praxis.model.toolcall}) and for retries, fallbacks,
 * timeouts and cost ({@link dev.praxis.model.ResilientChatModel}, whose responses carry a
 * {@link dev.praxis.model.ModelCallTrace} in {@link dev.praxis.model.TracedResponseMetadata}). Failures are
 * {@link dev.praxis.model.ModelUnavailableException} (retriable; its {@link dev.praxis.model.ModelTruncatedException}
 * says a reply was cut off), {@link dev.praxis.model.ModelNotFoundException},
 * {@link dev.praxis.model.ModelAuthenticationException} and {@link dev.praxis.model.ModelRequestException}.
 * {@link dev.praxis.model.Models#wrap} puts the same layers around a LangChain4j model the caller built.
 * A model built here owns its connections and threads; close it ({@link dev.praxis.model.TokenStreamingModel#close()}).
 * The offline default lives in {@link dev.praxis.model.offline}. See docs/models.md.
 */
@NullMarked
package dev.praxis.model;

import org.jspecify.annotations.NullMarked;
