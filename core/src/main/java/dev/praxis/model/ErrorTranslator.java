package dev.praxis.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.langchain4j.exception.HttpException;
import dev.praxis.PraxisException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Turns whatever LangChain4j or the HTTP client threw into a {@link PraxisException} a user can act on,
 * naming the server and its URL ("is Ollama running at http://localhost:11434?") and never the API key.
 */
final class ErrorTranslator {

    private static final int MAX_BODY = 300;

    private final ModelSpec spec;
    private final String baseUrl;
    private final String apiKey;

    ErrorTranslator(ModelSpec spec, String baseUrl, String apiKey) {
        this.spec = spec;
        // Every message below names the URL, and messages reach stderr, logs, run records and stored turns.
        this.baseUrl = dev.praxis.internal.text.Redaction.redact(baseUrl);
        this.apiKey = apiKey;
    }

    PraxisException translate(Throwable error) {
        if (error instanceof PraxisException praxis) {
            return praxis;
        }
        HttpException http = find(error, HttpException.class);
        if (http != null) {
            Duration retryAfter = http instanceof StatusException s ? s.retryAfter().orElse(null) : null;
            return fromStatus(http.statusCode(), redact(http.getMessage()), retryAfter, error);
        }
        if (find(error, ConnectException.class) != null || find(error, UnresolvedAddressException.class) != null) {
            return new ModelUnavailableException("cannot connect to " + server() + " at " + baseUrl + ": is "
                    + server() + " running at " + baseUrl + "?" + startHint(), redacted(error));
        }
        if (find(error, HttpTimeoutException.class) != null || find(error, SocketTimeoutException.class) != null
                || find(error, dev.langchain4j.exception.TimeoutException.class) != null) {
            return new ModelTimeoutException(server() + " at " + baseUrl + " did not answer in time (model "
                    + spec.model() + ")", redacted(error));
        }
        PraxisException truncated = truncated(error);
        if (truncated != null) {
            return truncated;
        }
        ResponseRefusedException refused = find(error, ResponseRefusedException.class);
        if (refused != null) {
            return new ModelRequestException("the response from " + server() + " at " + baseUrl + " was refused: "
                    + redact(refused.getMessage()), redacted(error));
        }
        IOException io = find(error, IOException.class);
        if (io != null) {
            return new ModelUnavailableException("the connection to " + server() + " at " + baseUrl
                    + " failed: " + redact(io.getMessage()), redacted(error));
        }
        return new ModelRequestException("unexpected error from " + server() + " at " + baseUrl + ": "
                + redact(String.valueOf(error.getMessage())), redacted(error));
    }

    private PraxisException fromStatus(int status, String body, Duration retryAfter, Throwable error) {
        String detail = " (HTTP " + status + ": " + abbreviate(body) + ")";
        Throwable cause = redacted(error);
        if (status == 401 || status == 403) {
            return new ModelAuthenticationException(server() + " at " + baseUrl + " refused the credentials"
                    + detail + ": " + keyHint(), cause);
        }
        if (status == 404) {
            return new ModelNotFoundException("model '" + spec.model() + "' not found at " + baseUrl + detail
                    + ": " + notFoundHint(), cause);
        }
        if (status == 408 || status == 429 || status >= 500) {
            String what = status == 429 ? " is rate limiting requests" : " is unavailable";
            return new ModelUnavailableException(server() + " at " + baseUrl + what + detail, status, retryAfter,
                    cause);
        }
        return new ModelRequestException(server() + " at " + baseUrl + " rejected the request" + detail, cause);
    }

    /**
     * A reply that ended early: a stream without its final event ({@link TruncatedReplyException}) or a body
     * that stopped in the middle of its JSON (Jackson's {@code JsonEOFException}, which would otherwise read as
     * a failed connection).
     */
    private PraxisException truncated(Throwable error) {
        TruncatedReplyException stream = find(error, TruncatedReplyException.class);
        String detail = stream != null ? stream.getMessage()
                : endOfInput(error) ? "the body ended in the middle of its JSON" : null;
        if (detail == null) {
            return null;
        }
        return new ModelTruncatedException("the reply from " + server() + " at " + baseUrl + " was cut off: "
                + redact(detail) + "; it is not an answer", redacted(error));
    }

    /**
     * Whether Jackson ran out of input: a {@code JsonEOFException} from the parser, or the same condition met while
     * binding ({@code MismatchedInputException: Unexpected end-of-input}).
     */
    private static boolean endOfInput(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonEOFException || t instanceof JsonProcessingException json
                    && String.valueOf(json.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
                return true;
            }
        }
        return false;
    }

    /** The server and URL, for messages. */
    String describe() {
        return server() + " at " + baseUrl;
    }

    private String server() {
        return spec.preset().serverName();
    }

    private String startHint() {
        return spec.preset() == Preset.OLLAMA ? " Start it with `ollama serve`." : "";
    }

    private String notFoundHint() {
        if (spec.preset() == Preset.OLLAMA) {
            return "pull it with `ollama pull " + spec.model() + "`";
        }
        return "check the model name the server serves (GET " + baseUrl + "/models) and the base URL";
    }

    private String keyHint() {
        String presetVar = spec.preset().apiKeyEnv().map(v -> " or " + v).orElse("");
        // no option named here that a caller may not have: the CLI has no key option (a key on a command line is
        // visible to every user of the machine), code sets ModelOptions.Builder.apiKey
        return "set a valid key in " + ModelOptions.API_KEY_ENV + presetVar + " (ModelOptions.Builder.apiKey in code)";
    }

    /** A cause chain without the key: the original exceptions' messages may echo request headers. */
    private Throwable redacted(Throwable error) {
        if (apiKey == null || apiKey.isEmpty() || !chainMentionsKey(error)) {
            return error;
        }
        return new PraxisException(error.getClass().getName() + ": " + redact(error.getMessage()));
    }

    private boolean chainMentionsKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(apiKey)) {
                return true;
            }
        }
        return false;
    }

    String redact(String text) {
        if (text == null) {
            return "";
        }
        return apiKey == null || apiKey.isEmpty() ? text : text.replace(apiKey, "****");
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_BODY ? oneLine : oneLine.substring(0, MAX_BODY) + "...";
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
