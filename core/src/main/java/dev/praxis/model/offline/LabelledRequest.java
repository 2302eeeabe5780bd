package dev.praxis.model.offline;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * One line of a labelled request set for measuring offline mode: the request text, the tool it should map
 * to and the exact arguments expected. Stored as JSON arrays:
 * {@code [{"request": "Convert 100 USD to EUR", "tool": "fx_convert", "arguments": {"amount": 100,
 * "from": "USD", "to": "EUR"}}]}.
 *
 * @param request   what the user wrote
 * @param tool      the tool it should map to
 * @param arguments the exact arguments expected
 */
public record LabelledRequest(String request, String tool, JsonNode arguments) {

    /**
     * Checks that the request is given.
     *
     * @param request   what the user wrote
     * @param tool      the tool it should map to
     * @param arguments the exact arguments expected
     */
    public LabelledRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(arguments, "arguments");
    }
}
