package dev.praxis.examples.cli;

import java.util.Optional;

/**
 * One probe's chat request, however it ended: a reply (HTTP 2xx), an HTTP error with the server's message, or no
 * response at all ({@code status} 0).
 */
record ChatOutcome(Optional<ModelReply> reply, int status, String error) {

    static ChatOutcome answered(ModelReply reply, int status) {
        return new ChatOutcome(Optional.of(reply), status, "");
    }

    static ChatOutcome failed(int status, String error) {
        return new ChatOutcome(Optional.empty(), status, error);
    }

    /** An HTTP error whose message says the server will not take tools (vLLM, llama.cpp, Ollama, generic). */
    boolean refusesTools() {
        String text = error.toLowerCase(java.util.Locale.ROOT);
        return status >= 400 && status != 404
                && (text.contains("tool") || text.contains("--jinja") || text.contains("function"));
    }

    /** The server does not know the model. */
    boolean unknownModel() {
        return status == 404;
    }
}
