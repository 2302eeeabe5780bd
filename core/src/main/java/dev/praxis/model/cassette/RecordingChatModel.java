package dev.praxis.model.cassette;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.PraxisException;
import dev.praxis.model.TokenStreamingModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Wraps any {@link ChatModel} and writes each request and its response to a cassette directory as
 * {@code interaction-0001.json}, {@code interaction-0002.json}..., for {@link ReplayingChatModel} to answer from later.
 * Streaming is kept: when the wrapped model is a {@link TokenStreamingModel}, tokens still flow to the caller and
 * the complete response is recorded.
 *
 * <p>Secrets are masked before anything is written: bearer tokens, {@code sk-...} keys, credentials in URLs, the
 * values of fields named like {@code api_key}, {@code password} or {@code ..._token}, and each string given in
 * {@code secrets} (e.g. the configured API key). E-mail addresses and other personal data in messages are request
 * content and are kept; do not record sessions with data that must not be stored. A failed call records nothing.
 *
 * <pre>{@code
 * try (RecordingChatModel model = RecordingChatModel.of(Models.create(spec, options), Path.of("cassettes/refund"))) {
 *     agent = Agent.builder().model(model)...build();
 *     agent.run(RunRequest.of("s1", "Refund order 1042"));
 * }
 * }</pre>
 */
public final class RecordingChatModel implements TokenStreamingModel {

    private final ChatModel delegate;
    private final Path directory;
    private final InteractionJson json;
    private int next;

    private RecordingChatModel(ChatModel delegate, Path directory, List<String> secrets) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.json = new InteractionJson(secrets);
        int existing = CassetteFiles.list(directory).size();
        if (existing > 0) {
            // appending to an old recording would make a cassette no single session produced
            throw new PraxisException("cassette directory " + directory + " already holds " + existing
                    + " recorded interactions; record into an empty or new directory");
        }
        this.next = 1;
    }

    /**
     * Records what {@code delegate} is asked and answers into {@code directory} (created when missing; must hold no cassette).
     *
     * @param delegate the model to record
     * @param directory the cassette directory
     * @return the recording model
     */
    public static RecordingChatModel of(ChatModel delegate, Path directory) {
        return new RecordingChatModel(delegate, directory, List.of());
    }

    /**
     * As {@link #of(ChatModel, Path)}, also replacing each of {@code secrets} (e.g. the API key) wherever it appears.
     *
     * @param delegate the model to record
     * @param directory the cassette directory
     * @param secrets texts to mask in the cassette
     * @return the recording model
     */
    public static RecordingChatModel of(ChatModel delegate, Path directory, List<String> secrets) {
        return new RecordingChatModel(delegate, directory, secrets);
    }

    /**
     * The cassette directory.
     *
     * @return the directory
     */
    public Path directory() {
        return directory;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ChatResponse response = delegate.chat(request);
        record(request, response);
        return response;
    }

    @Override
    public ChatResponse chat(ChatRequest request, Consumer<String> onToken) {
        ChatResponse response;
        if (delegate instanceof TokenStreamingModel streaming) {
            response = streaming.chat(request, onToken);
        } else {
            response = delegate.chat(request);
            String text = response.aiMessage().text();
            if (text != null && !text.isEmpty()) {
                onToken.accept(text);
            }
        }
        record(request, response);
        return response;
    }

    private synchronized void record(ChatRequest request, ChatResponse response) {
        if (next > CassetteFiles.MAX_INTERACTIONS) {
            throw new PraxisException("cassette " + directory + " is full (" + CassetteFiles.MAX_INTERACTIONS
                    + " interactions); record a shorter session");
        }
        ObjectNode interaction = InteractionJson.JSON.createObjectNode();
        interaction.set("request", json.request(request));
        interaction.set("response", json.response(response));
        CassetteFiles.write(directory.resolve(CassetteFiles.name(next)), interaction);
        next++;
    }

    /** Closes the wrapped model when it owns resources. */
    @Override
    public void close() {
        if (delegate instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new PraxisException("cannot close the recorded model: " + e.getMessage(), e);
            }
        }
    }
}
