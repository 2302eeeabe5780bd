package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/** The endpoints and formats the doctor probes on one wire: OpenAI-compatible or Ollama. */
interface ServerApi {

    /** The model list's path relative to the base URL, for messages. */
    String modelsPath();

    /** Lists the models. */
    ProbeHttp.Reply listModels(Duration timeout) throws ProbeHttp.Failure;

    /** The model ids in a model list body. */
    List<String> modelIds(JsonNode list);

    /** The context length the server exposes for the model, with where it was found. */
    ContextLength contextLength(JsonNode modelList, Duration timeout);

    /** Sends one chat request; {@code system} may be null. */
    ProbeHttp.Reply chat(String system, String user, boolean tools, boolean stream, Duration timeout) throws ProbeHttp.Failure;

    /** Reads a whole reply ({@code stream} false) or a stream's events. */
    ModelReply read(String body, boolean stream);

    /** A context length and its source, e.g. {@code max_model_len in /v1/models}; empty when none is exposed. */
    record ContextLength(OptionalInt tokens, String source) {
        static ContextLength none() {
            return new ContextLength(OptionalInt.empty(), "not exposed");
        }
    }
}
