package dev.praxis.agent;

import java.util.Optional;

/**
 * Adds context to the instructions of each run, e.g. facts recalled from long-term memory about the user.
 * The text is marked in the prompt as data about the user, not as instructions.
 */
@FunctionalInterface
public interface ContextSource {

    /**
     * Context for this request, or empty for none. Must be fast and thread-safe.
     *
     * @param request the run's request
     * @return the text to add to the instructions, or empty
     */
    Optional<String> contextFor(RunRequest request);
}
