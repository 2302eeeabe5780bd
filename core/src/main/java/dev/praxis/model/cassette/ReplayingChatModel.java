package dev.praxis.model.cassette;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.PraxisException;
import dev.praxis.model.TokenStreamingModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Answers from a cassette that {@link RecordingChatModel} wrote, with no server: the n-th request gets the n-th
 * recorded response, deterministically. Each request is compared with the recorded one (after the same secret
 * masking); any difference fails with a {@link CassetteMismatchException} naming the file and each differing field,
 * expected and actual, e.g. {@code request.messages[1].contents[0].text: expected "Refund 1042" but was "Refund 1043"}.
 *
 * <pre>{@code
 * ReplayingChatModel model = ReplayingChatModel.from(Path.of("src/test/resources/cassettes/refund"));
 * RunRecord record = agentOn(model).run(RunRequest.of("s1", "Refund order 1042"));
 * model.verifyAllReplayed();
 * }</pre>
 */
public final class ReplayingChatModel implements TokenStreamingModel {

    private final Path directory;
    private final List<Path> files;
    private final List<JsonNode> interactions;
    private final InteractionJson json;
    private int next;

    private ReplayingChatModel(Path directory, List<String> secrets) {
        this.directory = directory;
        this.files = CassetteFiles.list(directory);
        if (files.isEmpty()) {
            throw new PraxisException("no cassette in " + directory + ": expected interaction-0001.json... written by"
                    + " RecordingChatModel (or praxis --record DIR)");
        }
        List<JsonNode> read = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String expected = CassetteFiles.name(i + 1);
            if (!files.get(i).getFileName().toString().equals(expected)) {
                throw new PraxisException("cassette " + directory + " is missing " + expected + " (found "
                        + files.get(i).getFileName() + ")");
            }
            read.add(CassetteFiles.read(files.get(i)));
        }
        this.interactions = List.copyOf(read);
        this.json = new InteractionJson(secrets);
    }

    /**
     * Replays the cassette in {@code directory}.
     *
     * @param directory the cassette directory
     * @return the replaying model
     */
    public static ReplayingChatModel from(Path directory) {
        return new ReplayingChatModel(directory, List.of());
    }

    /**
     * As {@link #from(Path)}, masking {@code secrets} in live requests as they were masked when recorded.
     *
     * @param directory the cassette directory
     * @param secrets the texts masked when recording
     * @return the replaying model
     */
    public static ReplayingChatModel from(Path directory, List<String> secrets) {
        return new ReplayingChatModel(directory, secrets);
    }

    @Override
    public synchronized ChatResponse chat(ChatRequest request) {
        if (next >= interactions.size()) {
            throw new CassetteMismatchException("request " + (next + 1) + " has no recorded interaction: cassette "
                    + directory + " holds " + interactions.size(), List.of());
        }
        JsonNode recorded = interactions.get(next);
        Path file = files.get(next);
        List<String> differences = JsonDiff.differences(recorded.get("request"), json.request(request), "request");
        if (!differences.isEmpty()) {
            throw new CassetteMismatchException("request " + (next + 1) + " does not match the cassette " + file
                    + ":\n  " + String.join("\n  ", differences), differences);
        }
        next++;
        return InteractionJson.readResponse(recorded.get("response"), file.toString());
    }

    /** Replays the response and hands its text to {@code onToken} in one piece. */
    @Override
    public ChatResponse chat(ChatRequest request, Consumer<String> onToken) {
        ChatResponse response = chat(request);
        String text = response.aiMessage().text();
        if (text != null && !text.isEmpty()) {
            onToken.accept(text);
        }
        return response;
    }

    /**
     * How many recorded interactions have been replayed.
     *
     * @return the number replayed
     */
    public synchronized int replayed() {
        return next;
    }

    /** Fails unless every recorded interaction was replayed: a session that now asks the model less is a change too. */
    public synchronized void verifyAllReplayed() {
        if (next < interactions.size()) {
            throw new CassetteMismatchException("only " + next + " of " + interactions.size()
                    + " recorded interactions in " + directory + " were replayed; the next unused is "
                    + files.get(next).getFileName(), List.of());
        }
    }
}
