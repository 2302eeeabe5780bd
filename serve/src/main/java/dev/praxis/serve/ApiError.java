package dev.praxis.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.json.PraxisJson;

/**
 * A request the server refuses, with the HTTP status and the OpenAI error body clients parse
 * ({@code {"error": {"message", "type", "param", "code"}}}, as in the OpenAI API reference's error objects).
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String type;
    final String code;

    ApiError(int status, String type, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "invalid_request_error", "invalid_request", message);
    }

    static ApiError notFound(String code, String message) {
        return new ApiError(404, "invalid_request_error", code, message);
    }

    String body() {
        ObjectNode root = PraxisJson.objectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", getMessage());
        error.put("type", type);
        error.putNull("param");
        error.put("code", code);
        return PraxisJson.write(root);
    }
}
