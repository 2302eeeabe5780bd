package dev.praxis.model;

import java.util.Locale;

/**
 * Where a thinking model's reasoning arrives, which decides whether the start of a streamed reply must be held
 * back. A chat template that opens {@code <think>} itself (QwQ and thinking templates on vLLM without
 * {@code --reasoning-parser}, llama.cpp with {@code --reasoning-format none}) leaves only the closing
 * {@code </think>} in the text, so nothing in the first tokens tells reasoning from answer.
 * <ul>
 *   <li>{@link #AUTO} (default): learnt per model. Until one reply has shown that the template does not open
 *       {@code <think>}, the start of a stream is held until {@code </think>}, {@code <think>} or its end, so a
 *       fresh model's first streamed reply arrives in one piece; later replies stream token by token.</li>
 *   <li>{@link #SEPARATED}: the server separates reasoning (vLLM {@code --reasoning-parser}, llama.cpp
 *       {@code --reasoning-format deepseek}, Ollama 0.9 and later), or the model does not think: streams are never
 *       held for reasoning. Should a reply show a template-opened {@code </think>} after all, later replies are
 *       held again.</li>
 *   <li>{@link #TEMPLATE_OPENED}: the template opens {@code <think>}: every stream is held until its reasoning
 *       ends.</li>
 * </ul>
 */
public enum ReasoningMode {
    /** Learnt per model; a fresh model's first streamed reply is held. */
    AUTO,
    /** The server separates reasoning, or the model does not think: streams are not held. */
    SEPARATED,
    /** The template opens {@code <think>}: every stream is held until its reasoning ends. */
    TEMPLATE_OPENED;

    /**
     * Parses {@code auto}, {@code separated} or {@code template-opened} (or {@code template_opened}), ignoring case.
     *
     * @param value the mode's name
     * @return the mode
     */
    public static ReasoningMode parse(String value) {
        String name = value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (ReasoningMode mode : values()) {
            if (mode.name().equals(name)) {
                return mode;
            }
        }
        throw new dev.praxis.PraxisException("unknown reasoning mode '" + value
                + "'; expected auto, separated or template-opened");
    }
}
